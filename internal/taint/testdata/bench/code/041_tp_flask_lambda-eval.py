# code (CWE-94) TRUE POSITIVE: a calculator lambda evaluates the request expression [flask].
from flask import Flask, request

app = Flask(__name__)
calc = lambda expr: eval(expr)  # want "CWE-94"


@app.route("/code/lambda")
def calculate():
    return str(calc(request.args.get("expr", "0")))
