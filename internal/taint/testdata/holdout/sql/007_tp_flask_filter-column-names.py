# sql (CWE-89) TRUE POSITIVE: filter values are bound but the column names come from the query-string keys [flask].
import sqlite3
from flask import Flask, request

app = Flask(__name__)


def build_where(filters):
    clauses = [f"{column} = ?" for column in filters]
    return " AND ".join(clauses), list(filters.values())


def find_tickets(conn, filters):
    where, params = build_where(filters)
    sql = "SELECT id, title FROM tickets WHERE " + where
    return conn.execute(sql, params).fetchall()  # want "CWE-89"


@app.route("/tickets")
def tickets():
    filters = request.args.to_dict()
    conn = sqlite3.connect("tickets.db")
    return {"tickets": find_tickets(conn, filters)}
