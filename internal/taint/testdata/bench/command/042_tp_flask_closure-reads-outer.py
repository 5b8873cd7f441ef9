# command (CWE-78) TRUE POSITIVE: a nested function reads the view's tainted variable [flask].
import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/command/closure")
def archive():
    name = request.form.get("name", "")

    def pack():
        subprocess.call("tar czf /tmp/out.tgz " + name, shell=True)  # want "CWE-78"

    pack()
    return "ok"
