# ssti (CWE-1336) TRUE POSITIVE: a Tornado handler compiles the t argument with tornado.template.Template [tornado].
import tornado.template
import tornado.web


class BannerHandler(tornado.web.RequestHandler):
    def get(self):
        source = self.get_argument("t", "Welcome")
        banner = tornado.template.Template(source)  # want "CWE-1336"
        self.write(banner.generate(site="example"))
