# log (CWE-117) FALSE-POSITIVE TRAP: CR and LF are escaped in the login name before it is logged [flask].
import logging
from flask import Flask, request, abort

app = Flask(__name__)
log = logging.getLogger("auth")


def for_log(value):
    return value.replace("\r", "\\r").replace("\n", "\\n")


@app.route("/login", methods=["POST"])
def login():
    username = for_log(request.form.get("username", ""))
    if request.form.get("password") != "s3cret":
        log.warning(f"failed login for user {username}")
        abort(401)
    return "welcome"
