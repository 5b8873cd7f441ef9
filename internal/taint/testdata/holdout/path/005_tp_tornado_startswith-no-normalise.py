# path (CWE-22) TRUE POSITIVE: startswith on an un-normalised join does not stop "../" segments [tornado].
import os
import tornado.web

ROOT = "/srv/static/"


class StaticHandler(tornado.web.RequestHandler):
    def get(self):
        path = os.path.join(ROOT, self.get_query_argument("f"))
        if not path.startswith(ROOT):
            raise tornado.web.HTTPError(403)
        with open(path, "rb") as fh:  # want "CWE-22"
            self.write(fh.read())
