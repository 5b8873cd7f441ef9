# sql (CWE-89) FALSE-POSITIVE TRAP: an allow-listed sort column is composed with psycopg.sql.Identifier, never as raw text [flask].
import psycopg
from flask import Flask, abort, jsonify, request
from psycopg import sql

app = Flask(__name__)
DSN = "postgresql://app@db/shop"
SORTABLE = {"name", "price", "created_at"}


@app.get("/catalog")
def catalog():
    column = request.args.get("sort", "name")
    if column not in SORTABLE:
        abort(400)
    query = sql.SQL("SELECT id, name FROM products ORDER BY {} LIMIT 50").format(sql.Identifier(column))
    with psycopg.connect(DSN) as conn:
        rows = conn.execute(query).fetchall()
    return jsonify([{"id": r[0], "name": r[1]} for r in rows])
