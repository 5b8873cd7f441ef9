# code (CWE-94) FALSE-POSITIVE TRAP: ast.literal_eval [flask].
import ast
from flask import Flask, request

app = Flask(__name__)


@app.route("/code/safe-ast-literal-eval", methods=["GET", "POST"])
def handle_code():
    expr = request.args.get("expr", "")
    result = ast.literal_eval(expr)
    return "ok"
