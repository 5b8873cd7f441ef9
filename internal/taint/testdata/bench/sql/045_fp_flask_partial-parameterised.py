# sql (CWE-89) FALSE-POSITIVE TRAP: the partial's helper binds the request value as a query parameter [flask].
import sqlite3
from functools import partial
from flask import Flask, request

app = Flask(__name__)


def run_query(conn, name):
    return conn.execute("SELECT * FROM users WHERE name = ?", (name,)).fetchall()


query = partial(run_query, sqlite3.connect("app.db"))


@app.route("/sql/partial-safe")
def search():
    return {"rows": query(request.args.get("name", ""))}
