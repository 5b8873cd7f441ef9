# code (CWE-94) FALSE-POSITIVE TRAP: a helper in the same file ignores its argument and returns a constant [flask].
from flask import Flask, request

app = Flask(__name__)


def pick(requested):
    return "1 + 1"


@app.route("/code/helper-constant", methods=["GET", "POST"])
def handle_code():
    expr = request.form.get("expr", "")
    arg = pick(expr)
    code = "2 * " + arg
    result = eval(code)
    return "ok"
