# code (CWE-94) TRUE POSITIVE: a helper in the same file passes the value through [flask].
from flask import Flask, request

app = Flask(__name__)


def normalize(value):
    return value.strip()


@app.route("/code/helper-return", methods=["GET", "POST"])
def handle_code():
    expr = request.cookies.get("expr", "")
    arg = normalize(expr)
    code = "plugins." + arg
    module = __import__(code)  # want "CWE-94"
    return "ok"
