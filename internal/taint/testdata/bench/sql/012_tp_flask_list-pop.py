# sql (CWE-89) TRUE POSITIVE: append then pop returns the request value [flask].
import sqlite3
from flask import Flask, request

app = Flask(__name__)
db = sqlite3.connect("app.db")


@app.route("/sql/list-pop", methods=["GET", "POST"])
def handle_sql():
    username = request.values.get("username", "")
    items = []
    items.append("guest")
    items.append(username)
    arg = items.pop()
    query = "SELECT id, email FROM users WHERE name = '" + arg + "'"
    cursor = db.cursor()
    cursor.execute(query)  # want "CWE-89"
    rows = cursor.fetchall()
    return "ok"
