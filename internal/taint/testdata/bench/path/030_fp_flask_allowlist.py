# path (CWE-22) FALSE-POSITIVE TRAP: allow-list membership test before use [flask].
from flask import Flask, request

app = Flask(__name__)
ALLOWED = {"report.txt", "summary.csv", "readme.md"}


@app.route("/path/allowlist", methods=["GET", "POST"])
def handle_path():
    filename = request.cookies.get("filename", "")
    if filename in ALLOWED:
        arg = filename
    else:
        arg = "report.txt"
    path = "/srv/app/uploads/" + arg
    with open(path) as fh:
        content = fh.read()
    return "ok"
