# weak-hash (CWE-328) FALSE-POSITIVE TRAP: the password is hashed with PBKDF2-HMAC-SHA256, a salt and many iterations [flask].
import hashlib
import os
import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.route("/register", methods=["POST"])
def register():
    username = request.form["username"]
    password = request.form["password"]
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, 600_000).hex()
    with sqlite3.connect("users.db") as db:
        db.execute("INSERT INTO users (name, salt, pw_hash) VALUES (?, ?, ?)", (username, salt.hex(), digest))
    return {"created": username}, 201
