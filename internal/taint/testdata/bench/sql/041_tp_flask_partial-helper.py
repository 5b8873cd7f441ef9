# sql (CWE-89) TRUE POSITIVE: functools.partial(run_query, conn) called with SQL built from the request [flask].
import sqlite3
from functools import partial
from flask import Flask, request

app = Flask(__name__)


def run_query(conn, sql):
    return conn.execute(sql).fetchall()  # want "CWE-89"


query = partial(run_query, sqlite3.connect("app.db"))


@app.route("/sql/partial")
def search():
    name = request.args.get("name", "")
    return {"rows": query("SELECT * FROM users WHERE name = '" + name + "'")}
