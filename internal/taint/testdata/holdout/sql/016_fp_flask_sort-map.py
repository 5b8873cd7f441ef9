# sql (CWE-89) FALSE-POSITIVE TRAP: the request key only picks a constant ORDER BY fragment out of a dict [flask].
import sqlite3
from flask import Flask, request

app = Flask(__name__)

ORDERINGS = {
    "newest": "created_at DESC",
    "oldest": "created_at ASC",
    "price": "price ASC",
}


@app.route("/listings")
def listings():
    order = ORDERINGS.get(request.args.get("sort", ""), "id ASC")
    conn = sqlite3.connect("market.db")
    rows = conn.execute(f"SELECT id, title, price FROM listings ORDER BY {order} LIMIT 50").fetchall()
    return {"listings": rows}
