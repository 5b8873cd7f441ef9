# log (CWE-117) FALSE-POSITIVE TRAP: the request value sits under one dict key and another key is read [flask].
import logging
from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/log/dict-other-key/<username>", methods=["GET", "POST"])
def handle_log(username):
    store = {}
    store["keyA"] = username
    store["keyB"] = "guest"
    arg = store["keyB"]
    message = "login failed for " + arg
    logger.warning(message)
    return "ok"
