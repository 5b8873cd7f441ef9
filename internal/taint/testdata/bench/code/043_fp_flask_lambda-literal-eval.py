# code (CWE-94) FALSE-POSITIVE TRAP: the lambda parses with ast.literal_eval, not eval [flask].
import ast
from flask import Flask, request

app = Flask(__name__)
parse = lambda text: ast.literal_eval(text)


@app.route("/code/lambda-literal")
def parse_value():
    return str(parse(request.args.get("v", "0")))
