# command (CWE-78) FALSE-POSITIVE TRAP: a helper in the same file ignores its argument and returns a constant [flask].
import subprocess
from flask import Flask, request

app = Flask(__name__)


def pick(requested):
    return "localhost"


@app.route("/command/helper-constant/<host>", methods=["GET", "POST"])
def handle_command(host):
    arg = pick(host)
    cmd = "ping -c 1 " + arg
    proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)
    proc.wait()
    return "ok"
