# ssti (CWE-1336) FALSE-POSITIVE TRAP: a constant Tornado template receives the argument only through generate() [tornado].
import tornado.template
import tornado.web

BANNER = tornado.template.Template("<div class='banner'>{{ text }}</div>")


class BannerHandler(tornado.web.RequestHandler):
    def get(self):
        self.write(BANNER.generate(text=self.get_argument("t", "Welcome")))
