# command (CWE-78) TRUE POSITIVE: a helper in the same file passes the value through [flask].
import subprocess
from flask import Flask, request

app = Flask(__name__)


def normalize(value):
    return value.strip()


@app.route("/command/helper-return", methods=["GET", "POST"])
def handle_command():
    host = request.cookies.get("host", "")
    arg = normalize(host)
    cmd = "ping -c 1 " + arg
    proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)  # want "CWE-78"
    proc.wait()
    return "ok"
