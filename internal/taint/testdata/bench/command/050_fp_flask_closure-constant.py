# command (CWE-78) FALSE-POSITIVE TRAP: the nested function reads a constant variable of the view, not the request value [flask].
import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/command/closure-constant")
def archive():
    name = request.form.get("name", "")
    target = "/tmp/backup.tgz"

    def pack():
        subprocess.call("tar czf " + target + " /srv/data", shell=True)

    pack()
    return {"name": name}
