# command (CWE-78) FALSE-POSITIVE TRAP: the host is shlex.quote'd before it is placed in the shell string [flask].
import shlex
import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/diag/traceroute")
def traceroute():
    host = request.args.get("host", "localhost")
    cmd = "traceroute -m 10 " + shlex.quote(host)
    out = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    return {"out": out.stdout}
