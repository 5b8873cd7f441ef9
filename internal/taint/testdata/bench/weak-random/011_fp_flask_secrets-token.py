# weak-random (CWE-330) FALSE-POSITIVE TRAP: secrets.token_urlsafe makes the session token [flask].
import secrets
from flask import Flask, make_response

app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    response = make_response("welcome")
    token = secrets.token_urlsafe(32)
    response.set_cookie("session_id", token, secure=True, httponly=True)
    return response
