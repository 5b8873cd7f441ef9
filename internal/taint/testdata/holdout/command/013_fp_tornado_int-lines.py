# command (CWE-78) FALSE-POSITIVE TRAP: the number of lines is converted with int() before it is formatted into the shell command [tornado].
import subprocess
import tornado.web


class TailHandler(tornado.web.RequestHandler):
    def get(self):
        lines = int(self.get_argument("lines", "50"))
        cmd = "tail -n %d /var/log/app/app.log" % lines
        self.write(subprocess.check_output(cmd, shell=True))
