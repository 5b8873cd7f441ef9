# code (CWE-94) TRUE POSITIVE: taint through f-string [flask].
from flask import Flask, request

app = Flask(__name__)


@app.route("/code/compose-f-string", methods=["GET", "POST"])
def handle_code():
    expr = request.get_json()["expr"]
    code = f"total = {expr}"
    exec(compile(code, "<calc>", "exec"))  # want "CWE-94"
    return "ok"
