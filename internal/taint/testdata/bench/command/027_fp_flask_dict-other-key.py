# command (CWE-78) FALSE-POSITIVE TRAP: the request value sits under one dict key and another key is read [flask].
import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/command/dict-other-key", methods=["GET", "POST"])
def handle_command():
    host = request.get_json()["host"]
    store = {}
    store["keyA"] = host
    store["keyB"] = "localhost"
    arg = store["keyB"]
    cmd = "ping -c 1 " + arg
    subprocess.check_output(["/bin/sh", "-c", cmd])
    return "ok"
