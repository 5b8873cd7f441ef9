# sql (CWE-89) TRUE POSITIVE: prepare() keeps the sort column from the query on the handler, and get() formats it into SQL [tornado].
import sqlite3

import tornado.web


class ListHandler(tornado.web.RequestHandler):
    def prepare(self):
        self.order = self.get_query_argument("order", "id")

    def get(self):
        db = sqlite3.connect("app.db")
        rows = db.execute("SELECT id, name FROM items ORDER BY " + self.order).fetchall()  # want "CWE-89"
        self.write({"items": rows})
