# log (CWE-117) TRUE POSITIVE: taint through f-string [flask].
import logging
from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger("auth")


@app.route("/log/compose-f-string", methods=["GET", "POST"])
def handle_log():
    username = request.get_json()["username"]
    message = f"login failed for {username}"
    logger.error("auth: " + message)  # want "CWE-117"
    return "ok"
