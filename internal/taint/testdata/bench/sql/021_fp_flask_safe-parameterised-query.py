# sql (CWE-89) FALSE-POSITIVE TRAP: parameterised query [flask].
import sqlite3
from flask import Flask, request

app = Flask(__name__)
db = sqlite3.connect("app.db")


@app.route("/sql/safe-parameterised-query", methods=["GET", "POST"])
def handle_sql():
    username = request.args.get("username", "")
    cursor = db.cursor()
    cursor.execute("SELECT id, email FROM users WHERE name = ?", (username,))
    return "ok"
