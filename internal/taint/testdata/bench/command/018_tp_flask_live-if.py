# command (CWE-78) TRUE POSITIVE: an if statement whose constant condition is true takes the request value [flask].
import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/command/live-if/<host>", methods=["GET", "POST"])
def handle_command(host):
    num = 40
    if (num * 3) - 100 > 0:
        arg = host
    else:
        arg = "localhost"
    cmd = "ping -c 1 " + arg
    subprocess.run(cmd, shell=True, check=False)  # want "CWE-78"
    return "ok"
