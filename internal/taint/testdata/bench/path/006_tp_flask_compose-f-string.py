# path (CWE-22) TRUE POSITIVE: taint through f-string [flask].
import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/path/compose-f-string", methods=["GET", "POST"])
def handle_path():
    filename = request.get_json()["filename"]
    path = f"/srv/app/uploads/{filename}"
    os.remove(path)  # want "CWE-22"
    return "ok"
