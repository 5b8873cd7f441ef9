# weak-hash (CWE-328) TRUE POSITIVE: the sign-up password is stored as an unsalted MD5 hex digest [flask].
import hashlib

from flask import Flask, jsonify, request

from accounts.db import insert_user

app = Flask(__name__)


@app.post("/signup")
def signup():
    form = request.get_json(force=True)
    email = form["email"].strip().lower()
    digest = hashlib.md5(form["password"].encode("utf-8")).hexdigest()  # want "CWE-328"
    user_id = insert_user(email=email, password_hash=digest)
    return jsonify(id=user_id), 201
