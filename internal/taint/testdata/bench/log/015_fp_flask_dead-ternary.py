# log (CWE-117) FALSE-POSITIVE TRAP: a branch that constant arithmetic rules out holds the request value [flask].
import logging
from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger("auth")


@app.route("/log/dead-ternary", methods=["GET", "POST"])
def handle_log():
    username = request.form.get("username", "")
    num = 106
    arg = "guest" if 7 * 18 + num > 200 else username
    message = "login failed for " + arg
    logger.error("auth: " + message)
    return "ok"
