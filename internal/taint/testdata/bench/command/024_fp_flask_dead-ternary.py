# command (CWE-78) FALSE-POSITIVE TRAP: a branch that constant arithmetic rules out holds the request value [flask].
import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/command/dead-ternary", methods=["GET", "POST"])
def handle_command():
    host = request.headers.get("X-Host", "")
    num = 106
    arg = "localhost" if 7 * 18 + num > 200 else host
    cmd = "ping -c 1 " + arg
    proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)
    proc.wait()
    return "ok"
