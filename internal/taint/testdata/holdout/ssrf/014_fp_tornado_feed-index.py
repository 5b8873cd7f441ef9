# ssrf (CWE-918) FALSE-POSITIVE TRAP: the argument is an int index into a constant list of feed URLs [tornado].
import urllib.request
import tornado.web

FEEDS = [
    "https://blog.example.com/feed.xml",
    "https://news.example.com/rss",
]


class FeedHandler(tornado.web.RequestHandler):
    def get(self):
        index = int(self.get_argument("feed", "0"))
        if not 0 <= index < len(FEEDS):
            raise tornado.web.HTTPError(404)
        with urllib.request.urlopen(FEEDS[index], timeout=10) as resp:
            self.write(resp.read(65536))
