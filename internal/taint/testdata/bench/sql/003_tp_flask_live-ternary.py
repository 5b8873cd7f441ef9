# sql (CWE-89) TRUE POSITIVE: a branch decided by constant arithmetic that does pick the request value [flask].
from flask import Flask, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("sqlite:///app.db")


@app.route("/sql/live-ternary", methods=["GET", "POST"])
def handle_sql():
    username = request.headers.get("X-Username", "")
    num = 50
    arg = "guest" if 7 * 18 + num > 200 else username
    query = "SELECT id, email FROM users WHERE name = '" + arg + "'"
    with engine.connect() as conn:
        result = conn.execute(text(query))  # want "CWE-89"
    return "ok"
