# weak-hash (CWE-328) TRUE POSITIVE: taint through f-string [flask].
import hashlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/weak-hash/compose-f-string", methods=["GET", "POST"])
def handle_weak_hash():
    password = request.form["password"]
    secret = f"{password}"
    digest = hashlib.new("md5", secret.encode()).hexdigest()  # want "CWE-328"
    return "ok"
