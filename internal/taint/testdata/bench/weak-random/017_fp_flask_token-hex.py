# weak-random (CWE-330) FALSE-POSITIVE TRAP: secrets.token_hex makes a password-reset token [flask].
import secrets
from flask import Flask, request, session

app = Flask(__name__)

@app.route("/reset", methods=["POST"])
def request_reset():
    email = request.form.get("email", "")
    reset_token = secrets.token_hex(16)
    session["reset_token"] = reset_token
    return {"sent_to": email}
