# command (CWE-78) FALSE-POSITIVE TRAP: the request value is appended and popped off before the list is read [flask].
import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/command/list-pop-removed", methods=["GET", "POST"])
def handle_command():
    host = request.form.get("host", "")
    items = ["localhost"]
    items.append(host)
    items.pop()
    arg = items[0]
    cmd = "ping -c 1 " + arg
    output = os.popen(cmd).read()
    return "ok"
