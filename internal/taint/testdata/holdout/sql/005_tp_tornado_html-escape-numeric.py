# sql (CWE-89) TRUE POSITIVE: html.escape is the wrong sanitiser for SQL, the id sits unquoted in a numeric context [tornado].
import html
import sqlite3
import tornado.web

db = sqlite3.connect("shop.db")


class OrderHandler(tornado.web.RequestHandler):
    def get(self):
        order_id = html.escape(self.get_argument("id"))
        query = "SELECT id, total, status FROM orders WHERE id = " + order_id
        row = db.execute(query).fetchone()  # want "CWE-89"
        self.write({"order": row})
