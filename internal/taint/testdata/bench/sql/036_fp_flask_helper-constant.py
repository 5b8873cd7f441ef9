# sql (CWE-89) FALSE-POSITIVE TRAP: a helper in the same file ignores its argument and returns a constant [flask].
import sqlite3
from flask import Flask, request

app = Flask(__name__)
db = sqlite3.connect("app.db")


def pick(requested):
    return "guest"


@app.route("/sql/helper-constant", methods=["GET", "POST"])
def handle_sql():
    username = request.form.get("username", "")
    arg = pick(username)
    query = "SELECT id, email FROM users WHERE name = '" + arg + "'"
    cursor = db.cursor()
    cursor.execute(query)
    rows = cursor.fetchall()
    return "ok"
