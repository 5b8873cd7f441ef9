# code (CWE-94) TRUE POSITIVE: an if statement whose constant condition is true takes the request value [flask].
from flask import Flask, request

app = Flask(__name__)


@app.route("/code/live-if/<expr>", methods=["GET", "POST"])
def handle_code(expr):
    num = 40
    if (num * 3) - 100 > 0:
        arg = expr
    else:
        arg = "1 + 1"
    code = "total = " + arg
    exec(compile(code, "<calc>", "exec"))  # want "CWE-94"
    return "ok"
