# weak-hash (CWE-328) TRUE POSITIVE: the sign-up password is stored as an unsalted MD5 hex digest [flask].
import hashlib
import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.route("/register", methods=["POST"])
def register():
    username = request.form["username"]
    password = request.form["password"]
    digest = hashlib.md5(password.encode("utf-8")).hexdigest()  # want "CWE-328"
    with sqlite3.connect("users.db") as db:
        db.execute("INSERT INTO users (name, pw_hash) VALUES (?, ?)", (username, digest))
    return {"created": username}, 201
