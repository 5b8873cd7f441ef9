# log (CWE-117) TRUE POSITIVE: a helper in the same file passes the value through [flask].
import logging
from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


def normalize(value):
    return value.strip()


@app.route("/log/helper-return", methods=["GET", "POST"])
def handle_log():
    username = request.cookies.get("username", "")
    arg = normalize(username)
    message = "login failed for " + arg
    logger.warning(message)  # want "CWE-117"
    return "ok"
