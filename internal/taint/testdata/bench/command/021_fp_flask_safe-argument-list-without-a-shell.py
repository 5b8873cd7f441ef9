# command (CWE-78) FALSE-POSITIVE TRAP: argument list without a shell [flask].
import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/command/safe-argument-list-without-a-shell", methods=["GET", "POST"])
def handle_command():
    host = request.args.get("host", "")
    subprocess.run(["ping", "-c", "1", "--", host], check=False)
    return "ok"
