# command (CWE-78) TRUE POSITIVE: taint through f-string [flask].
import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/command/compose-f-string", methods=["GET", "POST"])
def handle_command():
    host = request.get_json()["host"]
    cmd = f"ping -c 1 {host}"
    output = os.popen(cmd).read()  # want "CWE-78"
    return "ok"
