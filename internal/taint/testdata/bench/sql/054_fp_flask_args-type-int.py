# sql (CWE-89) FALSE POSITIVE look-alike: Werkzeug converts the page number with type=int before it is formatted into SQL [flask].
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/items")
def items():
    page = request.args.get("page", 1, type=int)
    db = sqlite3.connect("shop.db")
    rows = db.execute(f"SELECT id FROM items LIMIT 20 OFFSET {20 * page}").fetchall()
    return jsonify(rows)
