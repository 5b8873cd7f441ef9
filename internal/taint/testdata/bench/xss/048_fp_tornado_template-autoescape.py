# xss (CWE-79) FALSE POSITIVE look-alike: Tornado templates escape every {{ }} by default [tornado].
import tornado.template
import tornado.web

GREETING = tornado.template.Template("<h1>Hello {{ name }}</h1>")


class GreetHandler(tornado.web.RequestHandler):
    def get(self):
        self.write(GREETING.generate(name=self.get_argument("name", "")))
