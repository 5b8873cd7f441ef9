# command (CWE-78) TRUE POSITIVE: a branch decided by constant arithmetic that does pick the request value [flask].
import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/command/live-ternary", methods=["GET", "POST"])
def handle_command():
    host = request.headers.get("X-Host", "")
    num = 50
    arg = "localhost" if 7 * 18 + num > 200 else host
    cmd = "ping -c 1 " + arg
    subprocess.run(cmd, shell=True, check=False)  # want "CWE-78"
    return "ok"
