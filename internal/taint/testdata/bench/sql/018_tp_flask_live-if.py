# sql (CWE-89) TRUE POSITIVE: an if statement whose constant condition is true takes the request value [flask].
import psycopg2
from flask import Flask, request

app = Flask(__name__)
conn = psycopg2.connect("dbname=app")


@app.route("/sql/live-if/<username>", methods=["GET", "POST"])
def handle_sql(username):
    num = 40
    if (num * 3) - 100 > 0:
        arg = username
    else:
        arg = "guest"
    query = "SELECT id, email FROM users WHERE name = '" + arg + "'"
    cur = conn.cursor()
    cur.execute(query)  # want "CWE-89"
    conn.commit()
    return "ok"
