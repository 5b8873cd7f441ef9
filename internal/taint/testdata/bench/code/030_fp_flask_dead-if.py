# code (CWE-94) FALSE-POSITIVE TRAP: an if statement whose constant condition is false holds the request value [flask].
from flask import Flask, request

app = Flask(__name__)


@app.route("/code/dead-if", methods=["GET", "POST"])
def handle_code():
    expr = request.cookies.get("expr", "")
    num = 40
    if (num * 3) - 200 > 0:
        arg = expr
    else:
        arg = "1 + 1"
    code = "total = " + arg
    exec(compile(code, "<calc>", "exec"))
    return "ok"
