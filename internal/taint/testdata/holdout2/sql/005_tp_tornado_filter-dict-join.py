# sql (CWE-89) TRUE POSITIVE: optional filters are collected in a dict from Tornado arguments and joined into a WHERE clause [tornado].
import sqlite3

import tornado.web

conn = sqlite3.connect("events.db")


class EventsHandler(tornado.web.RequestHandler):
    def get(self):
        filters = {}
        for field in ("kind", "source"):
            value = self.get_argument(field, None)
            if value:
                filters[field] = value
        where = " AND ".join(f"{k} = '{v}'" for k, v in filters.items()) or "1=1"
        rows = conn.execute("SELECT id, kind, source FROM events WHERE " + where).fetchall()  # want "CWE-89"
        self.write({"events": [list(r) for r in rows]})
