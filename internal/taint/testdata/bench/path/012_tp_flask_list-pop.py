# path (CWE-22) TRUE POSITIVE: append then pop returns the request value [flask].
import shutil
from flask import Flask, request

app = Flask(__name__)


@app.route("/path/list-pop", methods=["GET", "POST"])
def handle_path():
    filename = request.values.get("filename", "")
    items = []
    items.append("report.txt")
    items.append(filename)
    arg = items.pop()
    path = "/srv/app/uploads/" + arg
    shutil.copy(path, "/var/backups/latest")  # want "CWE-22"
    return "ok"
