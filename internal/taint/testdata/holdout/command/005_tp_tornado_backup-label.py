# command (CWE-78) TRUE POSITIVE: a Tornado argument, only stripped, is formatted into a tar command for os.system [tornado].
import os
import tornado.web


class BackupHandler(tornado.web.RequestHandler):
    def post(self):
        label = self.get_argument("label").strip()
        target = "/var/backups/{}.tar.gz".format(label)
        rc = os.system("tar czf " + target + " /srv/data")  # want "CWE-78"
        self.write({"rc": rc})


def make_app():
    return tornado.web.Application([(r"/backup", BackupHandler)])
