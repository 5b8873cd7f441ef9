# code (CWE-94) TRUE POSITIVE: a branch decided by constant arithmetic that does pick the request value [flask].
from flask import Flask, request

app = Flask(__name__)


@app.route("/code/live-ternary", methods=["GET", "POST"])
def handle_code():
    expr = request.headers.get("X-Expr", "")
    num = 50
    arg = "1 + 1" if 7 * 18 + num > 200 else expr
    code = "result = " + arg
    exec(code)  # want "CWE-94"
    return "ok"
