# weak-hash (CWE-328) FALSE-POSITIVE TRAP: the request value is overwritten with a constant before use [flask].
import hashlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/weak-hash/overwritten", methods=["GET", "POST"])
def handle_weak_hash():
    password = request.form["password"]
    arg = password
    arg = "changeme"
    digest = hashlib.new("md5", arg.encode()).hexdigest()
    return "ok"
