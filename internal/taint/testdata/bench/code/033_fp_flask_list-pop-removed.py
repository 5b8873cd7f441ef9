# code (CWE-94) FALSE-POSITIVE TRAP: the request value is appended and popped off before the list is read [flask].
from flask import Flask, request

app = Flask(__name__)


@app.route("/code/list-pop-removed", methods=["GET", "POST"])
def handle_code():
    expr = request.values.get("expr", "")
    items = ["csv"]
    items.append(expr)
    items.pop()
    arg = items[0]
    code = "plugins." + arg
    module = __import__(code)
    return "ok"
