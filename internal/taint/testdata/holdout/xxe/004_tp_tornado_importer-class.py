# xxe (CWE-611) TRUE POSITIVE: an importer object keeps an entity-resolving parser and parses the body a handler passes in [tornado].
import tornado.web
from lxml import etree


class FeedImporter:
    def __init__(self):
        self.parser = etree.XMLParser(resolve_entities=True, load_dtd=True)

    def parse(self, data):
        return etree.fromstring(data, parser=self.parser)  # want "CWE-611"


importer = FeedImporter()


class ImportHandler(tornado.web.RequestHandler):
    def post(self):
        root = importer.parse(self.request.body)
        self.write({"items": len(root.findall("item"))})
