# command (CWE-78) FALSE-POSITIVE TRAP: a helper in the same file sanitises the value [flask].
import shlex
import subprocess
from flask import Flask, request

app = Flask(__name__)


def clean(value):
    return shlex.quote(value)


@app.route("/command/helper-sanitizer", methods=["GET", "POST"])
def handle_command():
    host = request.values.get("host", "")
    arg = clean(host)
    cmd = "ping -c 1 " + arg
    subprocess.run(cmd, shell=True, check=False)
    return "ok"
