# sql (CWE-89) FALSE-POSITIVE TRAP: the IN clause is built from '?' placeholders only and the ids are bound [tornado].
import sqlite3
import tornado.web

db = sqlite3.connect("shop.db")


class BulkHandler(tornado.web.RequestHandler):
    def get(self):
        ids = self.get_arguments("id")
        placeholders = ",".join("?" for _ in ids)
        sql = f"SELECT id, name FROM products WHERE id IN ({placeholders})"
        rows = db.execute(sql, ids).fetchall()
        self.write({"products": rows})
