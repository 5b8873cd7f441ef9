# xxe (CWE-611) FALSE-POSITIVE TRAP: xml.sax with default features does not load external entities (Python >= 3.7.1) [tornado].
import io
import xml.sax
from xml.sax.handler import ContentHandler

import tornado.web


class TitleHandler(ContentHandler):
    def __init__(self):
        super().__init__()
        self.titles = []
        self._in_title = False

    def startElement(self, name, attrs):
        self._in_title = name == "title"

    def characters(self, content):
        if self._in_title:
            self.titles.append(content)


class FeedHandler(tornado.web.RequestHandler):
    def post(self):
        handler = TitleHandler()
        xml.sax.parse(io.BytesIO(self.request.body), handler)
        self.write({"titles": handler.titles})
