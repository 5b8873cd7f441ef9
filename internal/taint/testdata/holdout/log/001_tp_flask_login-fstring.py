# log (CWE-117) TRUE POSITIVE: a login name is written to the log with an f-string, newlines and all [flask].
import logging
from flask import Flask, request, abort

app = Flask(__name__)
log = logging.getLogger("auth")


@app.route("/login", methods=["POST"])
def login():
    username = request.form.get("username", "")
    if request.form.get("password") != "s3cret":
        log.warning(f"failed login for user {username}")  # want "CWE-117"
        abort(401)
    return "welcome"
