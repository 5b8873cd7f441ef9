# path (CWE-22) FALSE-POSITIVE TRAP: a helper in the same file ignores its argument and returns a constant [flask].
import pathlib
from flask import Flask, request

app = Flask(__name__)


def pick(requested):
    return "report.txt"


@app.route("/path/helper-constant/<filename>", methods=["GET", "POST"])
def handle_path(filename):
    arg = pick(filename)
    path = "/srv/app/uploads/" + arg
    text = pathlib.Path(path).read_text()
    return "ok"
