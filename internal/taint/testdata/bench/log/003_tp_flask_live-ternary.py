# log (CWE-117) TRUE POSITIVE: a branch decided by constant arithmetic that does pick the request value [flask].
import logging
from flask import Flask, request

app = Flask(__name__)


@app.route("/log/live-ternary", methods=["GET", "POST"])
def handle_log():
    username = request.headers.get("X-Username", "")
    num = 50
    arg = "guest" if 7 * 18 + num > 200 else username
    message = "login failed for " + arg
    logging.info(message)  # want "CWE-117"
    return "ok"
