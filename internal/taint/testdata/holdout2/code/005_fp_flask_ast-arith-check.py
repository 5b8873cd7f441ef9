# code (CWE-95) FALSE-POSITIVE TRAP: the expression's AST is checked to hold only numbers and arithmetic operators before eval() [flask].
import ast

from flask import Flask, jsonify, request

app = Flask(__name__)
NODES = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Add, ast.Sub, ast.Mult, ast.Div, ast.USub, ast.UAdd)


def is_arithmetic(tree: ast.AST) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant):
            if type(node.value) not in (int, float):
                return False
        elif not isinstance(node, NODES):
            return False
    return True


@app.get("/calc")
def calc():
    try:
        tree = ast.parse(request.args.get("expr", "0"), mode="eval")
    except SyntaxError:
        return jsonify(error="syntax error"), 400
    if not is_arithmetic(tree):
        return jsonify(error="only arithmetic is allowed"), 400
    return jsonify(result=eval(compile(tree, "<calc>", "eval"), {"__builtins__": {}}))
