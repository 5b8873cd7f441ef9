# code (CWE-94) TRUE POSITIVE: a sanitiser for another vulnerability class does not help [flask].
from flask import Flask, request

app = Flask(__name__)


@app.route("/code/wrong-sanitizer", methods=["GET", "POST"])
def handle_code():
    expr = request.form.get("expr", "")
    arg = expr.replace("__", "")
    code = "result = " + arg
    exec(code)  # want "CWE-94"
    return "ok"
