# command (CWE-78) TRUE POSITIVE: a sanitiser for another vulnerability class does not help [flask].
import html
import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/command/wrong-sanitizer", methods=["GET", "POST"])
def handle_command():
    host = request.form.get("host", "")
    arg = html.escape(host)
    cmd = "ping -c 1 " + arg
    os.system(cmd)  # want "CWE-78"
    return "ok"
