# xpath (CWE-643) TRUE POSITIVE: a catalog object formats the title it receives from a handler into an XPath query [tornado].
import tornado.web
from lxml import etree


class Catalog:
    def __init__(self, path):
        self.tree = etree.parse(path)

    def by_title(self, title):
        query = "//book[title='{}']".format(title)
        return self.tree.xpath(query)  # want "CWE-643"


catalog = Catalog("/srv/app/catalog.xml")


class BookHandler(tornado.web.RequestHandler):
    def get(self):
        books = catalog.by_title(self.get_argument("title"))
        self.write({"isbn": [b.get("isbn") for b in books]})
