# path (CWE-22) FALSE-POSITIVE TRAP: a helper in the same file sanitises the value [flask].
from flask import Flask, request, send_file
from werkzeug.utils import secure_filename

app = Flask(__name__)


def clean(value):
    return secure_filename(value)


@app.route("/path/helper-sanitizer", methods=["GET", "POST"])
def handle_path():
    filename = request.values.get("filename", "")
    arg = clean(filename)
    path = "/srv/app/uploads/" + arg
    return send_file(path)
