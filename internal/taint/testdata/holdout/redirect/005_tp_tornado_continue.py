# redirect (CWE-601) TRUE POSITIVE: a Tornado handler redirects to the continue argument [tornado].
import tornado.web


class ContinueHandler(tornado.web.RequestHandler):
    def get(self):
        destination = self.get_argument("continue", "/home")
        self.redirect(destination)  # want "CWE-601"
