# xpath (CWE-643) FALSE-POSITIVE TRAP: a precompiled etree.XPath with a $title variable receives the argument as a value [tornado].
import tornado.web
from lxml import etree

BY_TITLE = etree.XPath("//book[title=$title]")
TREE = etree.parse("/srv/app/catalog.xml")


class BookHandler(tornado.web.RequestHandler):
    def get(self):
        books = BY_TITLE(TREE, title=self.get_argument("title"))
        self.write({"isbn": [b.get("isbn") for b in books]})
