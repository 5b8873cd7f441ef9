# sql (CWE-89) TRUE POSITIVE: a search term interpolated into a LIKE pattern with an f-string [flask].
import sqlite3
from flask import Flask, request, jsonify, g

app = Flask(__name__)


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect("blog.db")
    return g.db


@app.route("/search")
def search():
    q = request.args.get("q", "").strip()
    cur = get_db().cursor()
    cur.execute(f"SELECT id, title FROM posts WHERE title LIKE '%{q}%' ORDER BY id DESC")  # want "CWE-89"
    return jsonify(cur.fetchall())
