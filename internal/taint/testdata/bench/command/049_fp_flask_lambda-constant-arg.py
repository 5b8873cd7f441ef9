# command (CWE-78) FALSE-POSITIVE TRAP: the shell lambda is only called with a constant [flask].
import os
from flask import Flask, request

app = Flask(__name__)
run = lambda cmd: os.system(cmd)


@app.route("/command/lambda-constant")
def uptime():
    who = request.args.get("who", "")
    run("uptime")
    return "hello " + who.isalnum().__str__()
