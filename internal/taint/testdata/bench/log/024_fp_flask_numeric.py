# log (CWE-117) FALSE-POSITIVE TRAP: int() conversion leaves only digits [flask].
import logging
from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger("auth")


@app.route("/log/numeric", methods=["GET", "POST"])
def handle_log():
    username = request.headers.get("X-Username", "")
    arg = str(int(username))
    message = "login failed for " + arg
    logger.error("auth: " + message)
    return "ok"
