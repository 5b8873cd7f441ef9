# sql (CWE-89) FALSE POSITIVE look-alike: prepare() converts the page size to an int before get() formats it into SQL [tornado].
import sqlite3

import tornado.web


class ListHandler(tornado.web.RequestHandler):
    def prepare(self):
        self.limit = int(self.get_query_argument("limit", "20"))

    def get(self):
        db = sqlite3.connect("app.db")
        rows = db.execute("SELECT id, name FROM items LIMIT %d" % self.limit).fetchall()
        self.write({"items": rows})
