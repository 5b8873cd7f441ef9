# ssrf (CWE-918) TRUE POSITIVE: a feed reader opens the feed URL argument with urllib [tornado].
import urllib.request
import tornado.web


class FeedHandler(tornado.web.RequestHandler):
    def get(self):
        feed = self.get_argument("feed")
        with urllib.request.urlopen(feed, timeout=10) as resp:  # want "CWE-918"
            data = resp.read(65536)
        self.set_header("Content-Type", "application/xml")
        self.write(data)
