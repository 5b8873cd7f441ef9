# command (CWE-78) TRUE POSITIVE: a lambda that runs a shell command is called with request data [flask].
import os
from flask import Flask, request

app = Flask(__name__)
run = lambda cmd: os.system(cmd)  # want "CWE-78"


@app.route("/command/lambda")
def ping():
    host = request.args.get("host", "")
    run("ping -c 1 " + host)
    return "ok"
