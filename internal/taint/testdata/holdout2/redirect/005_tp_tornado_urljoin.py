# redirect (CWE-601) TRUE POSITIVE: urljoin() with the site base lets an absolute "to" value replace the host before self.redirect [tornado].
from urllib.parse import urljoin

import tornado.web

SITE = "https://shop.example.com/"


class ContinueHandler(tornado.web.RequestHandler):
    def get(self):
        dest = urljoin(SITE, self.get_query_argument("to", "account"))
        self.redirect(dest)  # want "CWE-601"


app = tornado.web.Application([(r"/continue", ContinueHandler)])
