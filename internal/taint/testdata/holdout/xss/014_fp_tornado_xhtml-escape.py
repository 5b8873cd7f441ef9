# xss (CWE-79) FALSE-POSITIVE TRAP: tornado.escape.xhtml_escape is applied before the write [tornado].
import tornado.escape
import tornado.web


class HelloHandler(tornado.web.RequestHandler):
    def get(self):
        name = tornado.escape.xhtml_escape(self.get_argument("name", "stranger"))
        self.write("<div class='greeting'>Hello, " + name + "</div>")
