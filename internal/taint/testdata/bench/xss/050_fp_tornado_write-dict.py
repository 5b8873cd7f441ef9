# xss (CWE-79) FALSE POSITIVE look-alike: Tornado sends a dict given to write() as JSON, not HTML [tornado].
import tornado.web


class EchoHandler(tornado.web.RequestHandler):
    def get(self):
        self.write({"you_said": self.get_argument("q", "")})
