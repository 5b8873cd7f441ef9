# code (CWE-95) TRUE POSITIVE: a calculator endpoint evals the expression after only stripping spaces [flask].
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/calc")
def calc():
    expr = request.args.get("expr", "0").replace(" ", "")
    try:
        value = eval(expr)  # want "CWE-95"
    except Exception as exc:
        return jsonify(error=str(exc)), 400
    return jsonify(result=value)
