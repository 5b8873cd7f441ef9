# xss (CWE-79) TRUE POSITIVE: the template turns Tornado's escaping off, so the argument reaches the page as HTML [tornado].
import tornado.template
import tornado.web

GREETING = tornado.template.Template("<h1>Hello {{ name }}</h1>", autoescape=None)


class GreetHandler(tornado.web.RequestHandler):
    def get(self):
        self.write(GREETING.generate(name=self.get_argument("name", "")))  # want "CWE-79"
