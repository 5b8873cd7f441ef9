# path (CWE-22) FALSE-POSITIVE TRAP: a branch that constant arithmetic rules out holds the request value [flask].
import pathlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/path/dead-ternary", methods=["GET", "POST"])
def handle_path():
    filename = request.headers.get("X-Filename", "")
    num = 106
    arg = "report.txt" if 7 * 18 + num > 200 else filename
    path = "/srv/app/uploads/" + arg
    text = pathlib.Path(path).read_text()
    return "ok"
