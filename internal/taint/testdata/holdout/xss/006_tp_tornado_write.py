# xss (CWE-79) TRUE POSITIVE: a Tornado handler writes the query argument into an HTML string [tornado].
import tornado.web


class HelloHandler(tornado.web.RequestHandler):
    def get(self):
        name = self.get_argument("name", "stranger")
        self.set_header("Content-Type", "text/html; charset=UTF-8")
        self.write("<div class='greeting'>Hello, " + name + "</div>")  # want "CWE-79"
