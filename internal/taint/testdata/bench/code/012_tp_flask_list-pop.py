# code (CWE-94) TRUE POSITIVE: append then pop returns the request value [flask].
from flask import Flask, request

app = Flask(__name__)


@app.route("/code/list-pop", methods=["GET", "POST"])
def handle_code():
    expr = request.values.get("expr", "")
    items = []
    items.append("1 + 1")
    items.append(expr)
    arg = items.pop()
    code = "2 * " + arg
    result = eval(code)  # want "CWE-94"
    return "ok"
