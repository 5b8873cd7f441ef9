# path (CWE-22) FALSE-POSITIVE TRAP: send_from_directory joins safely [flask].
from flask import Flask, request, send_from_directory

app = Flask(__name__)


@app.route("/path/safe-send-from-directory-joins-safely", methods=["GET", "POST"])
def handle_path():
    filename = request.args.get("filename", "")
    return send_from_directory("/srv/app/uploads", filename)
