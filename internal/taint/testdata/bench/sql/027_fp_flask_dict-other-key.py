# sql (CWE-89) FALSE-POSITIVE TRAP: the request value sits under one dict key and another key is read [flask].
from flask import Flask, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("sqlite:///app.db")


@app.route("/sql/dict-other-key", methods=["GET", "POST"])
def handle_sql():
    username = request.get_json()["username"]
    store = {}
    store["keyA"] = username
    store["keyB"] = "guest"
    arg = store["keyB"]
    query = "SELECT id, email FROM users WHERE name = '" + arg + "'"
    with engine.connect() as conn:
        result = conn.execute(text(query))
    return "ok"
