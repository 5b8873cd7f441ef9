# command (CWE-78) FALSE-POSITIVE TRAP: the variable the closure reads is overwritten with a constant before the call [flask].
import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/command/closure-reassigned")
def ping():
    host = request.args.get("host", "")

    def run():
        os.system("ping -c 1 " + host)

    host = "127.0.0.1"
    run()
    return "ok"
