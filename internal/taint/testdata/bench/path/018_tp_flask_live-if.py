# path (CWE-22) TRUE POSITIVE: an if statement whose constant condition is true takes the request value [flask].
from flask import Flask, request, send_file

app = Flask(__name__)


@app.route("/path/live-if/<filename>", methods=["GET", "POST"])
def handle_path(filename):
    num = 40
    if (num * 3) - 100 > 0:
        arg = filename
    else:
        arg = "report.txt"
    path = "/srv/app/uploads/" + arg
    return send_file(path)  # want "CWE-22"
