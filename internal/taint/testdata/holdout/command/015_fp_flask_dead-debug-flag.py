# command (CWE-78) FALSE-POSITIVE TRAP: the shell branch is guarded by a module constant that is always False [flask].
import subprocess
from flask import Flask, request

app = Flask(__name__)
ALLOW_RAW_COMMANDS = False


@app.route("/admin/exec", methods=["POST"])
def admin_exec():
    raw = request.form.get("cmd", "")
    if ALLOW_RAW_COMMANDS:
        return subprocess.getoutput(raw)
    return subprocess.getoutput("uptime")
