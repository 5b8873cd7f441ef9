# header (CWE-113) FALSE-POSITIVE TRAP: the request value sits under one dict key and another key is read [flask].
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/header/dict-other-key/<lang>", methods=["GET", "POST"])
def handle_header(lang):
    store = {}
    store["keyA"] = lang
    store["keyB"] = "en-US"
    arg = store["keyB"]
    response = make_response("ok")
    response.headers["Content-Language"] = arg
    return response
