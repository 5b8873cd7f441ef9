# ssti (CWE-1336) FALSE-POSITIVE TRAP: a constant Tornado template generated with a request argument [tornado].
import tornado.template
import tornado.web

PAGE = tornado.template.Template("<p>{{ name }}</p>")


class HelloHandler(tornado.web.RequestHandler):
    def get(self):
        name = self.get_argument("name")
        self.write(PAGE.generate(name=name))
