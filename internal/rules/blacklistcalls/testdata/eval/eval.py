import builtins
import os

EXPR = "1 + 2"


def handler(request):
    eval(request.GET["expr"])  # want "eval runs a string as Python code"
    eval("os.getcwd()")  # want "eval runs a constant expression"
    eval(EXPR)  # want "constant expression"
    builtins.eval(request.body)  # want "runs a string"
    e = eval
    e(request.body)  # want "runs a string"
    os.getcwd()
