# xpath (CWE-643) FALSE-POSITIVE TRAP: the only request value in the XPath expression is an int() position [tornado].
import tornado.web
from lxml import etree

RELEASES = etree.parse("/srv/data/releases.xml")


class ReleaseHandler(tornado.web.RequestHandler):
    def get(self):
        try:
            idx = int(self.get_query_argument("n", "1"))
        except ValueError:
            raise tornado.web.HTTPError(400)
        versions = RELEASES.xpath(f"(//release)[{idx}]/version/text()")
        self.write({"version": str(versions[0]) if versions else None})
