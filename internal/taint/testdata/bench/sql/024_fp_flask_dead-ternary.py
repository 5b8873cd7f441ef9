# sql (CWE-89) FALSE-POSITIVE TRAP: a branch that constant arithmetic rules out holds the request value [flask].
import sqlite3
from flask import Flask, request

app = Flask(__name__)
db = sqlite3.connect("app.db")


@app.route("/sql/dead-ternary", methods=["GET", "POST"])
def handle_sql():
    username = request.headers.get("X-Username", "")
    num = 106
    arg = "guest" if 7 * 18 + num > 200 else username
    query = "SELECT id, email FROM users WHERE name = '" + arg + "'"
    cursor = db.cursor()
    cursor.execute(query)
    rows = cursor.fetchall()
    return "ok"
