# path (CWE-22) FALSE-POSITIVE TRAP: the request value is appended and popped off before the list is read [flask].
import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/path/list-pop-removed", methods=["GET", "POST"])
def handle_path():
    filename = request.form.get("filename", "")
    items = ["report.txt"]
    items.append(filename)
    items.pop()
    arg = items[0]
    path = "/srv/app/uploads/" + arg
    os.remove(path)
    return "ok"
