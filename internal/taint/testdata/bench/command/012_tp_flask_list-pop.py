# command (CWE-78) TRUE POSITIVE: append then pop returns the request value [flask].
import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/command/list-pop", methods=["GET", "POST"])
def handle_command():
    host = request.values.get("host", "")
    items = []
    items.append("localhost")
    items.append(host)
    arg = items.pop()
    cmd = "ping -c 1 " + arg
    subprocess.check_output(["/bin/sh", "-c", cmd])  # want "CWE-78"
    return "ok"
