# path (CWE-22) FALSE-POSITIVE TRAP: the request value sits under one dict key and another key is read [flask].
import shutil
from flask import Flask, request

app = Flask(__name__)


@app.route("/path/dict-other-key", methods=["GET", "POST"])
def handle_path():
    filename = request.get_json()["filename"]
    store = {}
    store["keyA"] = filename
    store["keyB"] = "report.txt"
    arg = store["keyB"]
    path = "/srv/app/uploads/" + arg
    shutil.copy(path, "/var/backups/latest")
    return "ok"
