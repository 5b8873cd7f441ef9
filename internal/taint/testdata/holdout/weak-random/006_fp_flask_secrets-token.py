# weak-random (CWE-330) FALSE-POSITIVE TRAP: the reset token comes from secrets.token_urlsafe [flask].
import secrets
from flask import Flask, request

app = Flask(__name__)
PENDING = {}


@app.route("/password/forgot", methods=["POST"])
def forgot():
    email = request.form["email"]
    token = secrets.token_urlsafe(32)
    PENDING[token] = email
    return {"sent": True}
