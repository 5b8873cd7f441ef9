# path (CWE-22) TRUE POSITIVE: a helper in the same file passes the value through [flask].
import pathlib
from flask import Flask, request

app = Flask(__name__)


def normalize(value):
    return value.strip()


@app.route("/path/helper-return", methods=["GET", "POST"])
def handle_path():
    filename = request.cookies.get("filename", "")
    arg = normalize(filename)
    path = "/srv/app/uploads/" + arg
    text = pathlib.Path(path).read_text()  # want "CWE-22"
    return "ok"
