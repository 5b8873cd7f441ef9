# log (CWE-117) TRUE POSITIVE: append then pop returns the request value [flask].
import logging
from flask import Flask, request

app = Flask(__name__)


@app.route("/log/list-pop", methods=["GET", "POST"])
def handle_log():
    username = request.values.get("username", "")
    items = []
    items.append("guest")
    items.append(username)
    arg = items.pop()
    message = "login failed for " + arg
    logging.info(message)  # want "CWE-117"
    return "ok"
