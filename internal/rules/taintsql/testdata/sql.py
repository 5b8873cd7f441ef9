from flask import request
import sqlite3
import sqlalchemy


def find():
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    name = request.args["name"]
    cur.execute("SELECT * FROM users WHERE name = '%s'" % name)  # want "request.args flows to execute\\(\\): SQL injection"
    cur.execute("SELECT * FROM users WHERE name = ?", (name,))
    conn.execute("SELECT * FROM users WHERE name = '" + name + "'")  # want "request.args flows to execute"
    sqlalchemy.text("SELECT " + name)  # want "request.args flows to sqlalchemy.text"
    cur.execute("SELECT count(*) FROM users")
    uid = int(name)
    cur.execute("SELECT * FROM users WHERE id = %d" % uid)


def unresolved(db_cursor):
    db_cursor.execute("DELETE FROM t WHERE k = " + request.form["k"])  # want "request.form flows to execute"
    runner.execute(request.form["k"])
