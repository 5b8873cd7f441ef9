# code (CWE-94) FALSE-POSITIVE TRAP: the request value sits under one dict key and another key is read [flask].
from flask import Flask, request

app = Flask(__name__)


@app.route("/code/dict-other-key", methods=["GET", "POST"])
def handle_code():
    expr = request.get_json()["expr"]
    store = {}
    store["keyA"] = expr
    store["keyB"] = "1 + 1"
    arg = store["keyB"]
    code = "result = " + arg
    exec(code)
    return "ok"
