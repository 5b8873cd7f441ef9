# regex (CWE-730) FALSE-POSITIVE TRAP: only an int()-converted length goes into the pattern [tornado].
import re
import tornado.web


class CodeHandler(tornado.web.RequestHandler):
    def get(self):
        length = int(self.get_argument("length", "6"))
        rx = re.compile(r"^\d{%d}$" % length)
        self.write({"valid": bool(rx.match(self.get_argument("code", "")))})
