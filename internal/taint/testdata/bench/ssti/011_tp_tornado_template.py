# ssti (CWE-1336) TRUE POSITIVE: tornado.template.Template from a request argument [tornado].
import tornado.template
import tornado.web


class PreviewHandler(tornado.web.RequestHandler):
    def get(self):
        source = self.get_argument("tpl")
        tpl = tornado.template.Template(source)  # want "CWE-1336"
        self.write(tpl.generate(user="guest"))
