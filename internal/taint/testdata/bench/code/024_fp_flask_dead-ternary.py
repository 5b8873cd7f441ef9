# code (CWE-94) FALSE-POSITIVE TRAP: a branch that constant arithmetic rules out holds the request value [flask].
from flask import Flask, request

app = Flask(__name__)


@app.route("/code/dead-ternary", methods=["GET", "POST"])
def handle_code():
    expr = request.headers.get("X-Expr", "")
    num = 106
    arg = "1 + 1" if 7 * 18 + num > 200 else expr
    code = "2 * " + arg
    result = eval(code)
    return "ok"
