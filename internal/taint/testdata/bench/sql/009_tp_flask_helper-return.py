# sql (CWE-89) TRUE POSITIVE: a helper in the same file passes the value through [flask].
import sqlite3
from flask import Flask, request

app = Flask(__name__)
db = sqlite3.connect("app.db")


def normalize(value):
    return value.strip()


@app.route("/sql/helper-return", methods=["GET", "POST"])
def handle_sql():
    username = request.cookies.get("username", "")
    arg = normalize(username)
    query = "SELECT id, email FROM users WHERE name = '" + arg + "'"
    cursor = db.cursor()
    cursor.executescript(query)  # want "CWE-89"
    return "ok"
