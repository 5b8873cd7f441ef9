# path (CWE-22) TRUE POSITIVE: a sanitiser for another vulnerability class does not help [flask].
from flask import Flask, request

app = Flask(__name__)


@app.route("/path/wrong-sanitizer", methods=["GET", "POST"])
def handle_path():
    filename = request.form.get("filename", "")
    arg = filename.strip()
    path = "/srv/app/uploads/" + arg
    with open(path) as fh:  # want "CWE-22"
        content = fh.read()
    return "ok"
