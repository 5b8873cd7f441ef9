# sql (CWE-89) TRUE POSITIVE: the cursor is a self attribute set to sqlite3.connect() in __init__ [flask].
import sqlite3
from flask import Flask, request

app = Flask(__name__)


class Store:
    def __init__(self):
        self.db = sqlite3.connect("store.db")

    def by_sku(self, sku):
        return self.db.execute(f"SELECT * FROM items WHERE sku = '{sku}'").fetchone()  # want "CWE-89"


@app.route("/sql/self-attr")
def item():
    return {"item": Store().by_sku(request.args.get("sku", ""))}
