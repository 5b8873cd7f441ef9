# sql (CWE-89) TRUE POSITIVE: a sanitiser for another vulnerability class does not help [flask].
from flask import Flask, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("sqlite:///app.db")


@app.route("/sql/wrong-sanitizer", methods=["GET", "POST"])
def handle_sql():
    username = request.form.get("username", "")
    arg = username.strip()
    query = "SELECT id, email FROM users WHERE name = '" + arg + "'"
    with engine.connect() as conn:
        result = conn.execute(text(query))  # want "CWE-89"
    return "ok"
