# sql (CWE-89) FALSE-POSITIVE TRAP: an if statement whose constant condition is false holds the request value [flask].
import psycopg2
from flask import Flask, request

app = Flask(__name__)
conn = psycopg2.connect("dbname=app")


@app.route("/sql/dead-if", methods=["GET", "POST"])
def handle_sql():
    username = request.cookies.get("username", "")
    num = 40
    if (num * 3) - 200 > 0:
        arg = username
    else:
        arg = "guest"
    query = "SELECT id, email FROM users WHERE name = '" + arg + "'"
    cur = conn.cursor()
    cur.execute(query)
    conn.commit()
    return "ok"
