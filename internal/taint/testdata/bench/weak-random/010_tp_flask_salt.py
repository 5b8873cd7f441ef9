# weak-random (CWE-330) TRUE POSITIVE: random.randint used as a password salt [flask].
import hashlib
import random
from flask import Flask, request

app = Flask(__name__)

@app.route("/register", methods=["POST"])
def register():
    password = request.form["password"]
    salt = str(random.randint(0, 2**32))  # want "CWE-330"
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), 600_000)
    return {"salt": salt, "hash": digest.hex()}
