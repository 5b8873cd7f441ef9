# log (CWE-117) FALSE-POSITIVE TRAP: an if statement whose constant condition is false holds the request value [flask].
import logging
from flask import Flask, request

app = Flask(__name__)


@app.route("/log/dead-if", methods=["GET", "POST"])
def handle_log():
    username = request.args.get("username", "")
    num = 40
    if (num * 3) - 200 > 0:
        arg = username
    else:
        arg = "guest"
    message = "login failed for " + arg
    logging.info(message)
    return "ok"
