# sql (CWE-89) TRUE POSITIVE: taint through f-string [flask].
import psycopg2
from flask import Flask, request

app = Flask(__name__)
conn = psycopg2.connect("dbname=app")


@app.route("/sql/compose-f-string", methods=["GET", "POST"])
def handle_sql():
    username = request.get_json()["username"]
    query = f"SELECT id, email FROM users WHERE name = '{username}'"
    cur = conn.cursor()
    cur.execute(query)  # want "CWE-89"
    conn.commit()
    return "ok"
