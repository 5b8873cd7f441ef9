# weak-random (CWE-330) TRUE POSITIVE: random.choice builds a session token [flask].
from flask import Flask, make_response
import random
import string

app = Flask(__name__)
ALPHABET = string.ascii_letters + string.digits

@app.route("/login", methods=["POST"])
def login():
    response = make_response("welcome")
    token = "".join(random.choice(ALPHABET) for _ in range(32))  # want "CWE-330"
    response.set_cookie("session_id", token, secure=True, httponly=True)
    return response
