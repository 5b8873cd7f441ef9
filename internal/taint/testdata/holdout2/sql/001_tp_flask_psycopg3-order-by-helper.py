# sql (CWE-89) TRUE POSITIVE: a sort column from the query string is formatted into a psycopg 3 query inside a helper [flask].
import psycopg
from flask import Flask, jsonify, request

app = Flask(__name__)
DSN = "postgresql://app@db/shop"


def fetch_products(sort_key: str, limit: int):
    sql = f"SELECT id, name, price FROM products ORDER BY {sort_key} LIMIT %s"
    with psycopg.connect(DSN) as conn:
        return conn.execute(sql, (limit,)).fetchall()  # want "CWE-89"


@app.get("/products")
def list_products():
    sort_key = request.args.get("sort", "name")
    limit = request.args.get("limit", 20, type=int)
    rows = fetch_products(sort_key, limit)
    return jsonify([{"id": r[0], "name": r[1], "price": float(r[2])} for r in rows])
