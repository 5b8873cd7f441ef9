# command (CWE-78) FALSE-POSITIVE TRAP: allow-list membership test before use [flask].
import os
from flask import Flask, request

app = Flask(__name__)
ALLOWED = {"localhost", "db.internal", "cache.internal"}


@app.route("/command/allowlist", methods=["GET", "POST"])
def handle_command():
    host = request.cookies.get("host", "")
    if host in ALLOWED:
        arg = host
    else:
        arg = "localhost"
    cmd = "ping -c 1 " + arg
    os.system(cmd)
    return "ok"
