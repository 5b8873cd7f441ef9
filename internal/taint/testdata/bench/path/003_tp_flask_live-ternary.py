# path (CWE-22) TRUE POSITIVE: a branch decided by constant arithmetic that does pick the request value [flask].
from flask import Flask, request, send_file

app = Flask(__name__)


@app.route("/path/live-ternary", methods=["GET", "POST"])
def handle_path():
    filename = request.headers.get("X-Filename", "")
    num = 50
    arg = "report.txt" if 7 * 18 + num > 200 else filename
    path = "/srv/app/uploads/" + arg
    return send_file(path)  # want "CWE-22"
