# header (CWE-113) TRUE POSITIVE: a Tornado handler copies the lang argument into Content-Language [tornado].
import tornado.web


class PageHandler(tornado.web.RequestHandler):
    def get(self):
        lang = self.get_argument("lang", "en")
        self.set_header("Content-Language", lang)  # want "CWE-113"
        self.write("<p>page</p>")
