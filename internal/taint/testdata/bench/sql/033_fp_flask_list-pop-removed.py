# sql (CWE-89) FALSE-POSITIVE TRAP: the request value is appended and popped off before the list is read [flask].
import sqlite3
from flask import Flask, request

app = Flask(__name__)
db = sqlite3.connect("app.db")


@app.route("/sql/list-pop-removed", methods=["GET", "POST"])
def handle_sql():
    username = request.values.get("username", "")
    items = ["guest"]
    items.append(username)
    items.pop()
    arg = items[0]
    query = "SELECT id, email FROM users WHERE name = '" + arg + "'"
    cursor = db.cursor()
    cursor.executescript(query)
    return "ok"
