# sql (CWE-89) FALSE-POSITIVE TRAP: the LIKE pattern is built in Python and bound as a ? parameter [flask].
import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/search")
def search():
    q = request.args.get("q", "").strip()
    pattern = "%" + q + "%"
    conn = sqlite3.connect("blog.db")
    cur = conn.execute("SELECT id, title FROM posts WHERE title LIKE ? ORDER BY id DESC", (pattern,))
    return jsonify(cur.fetchall())
