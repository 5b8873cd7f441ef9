# weak-hash (CWE-328) TRUE POSITIVE: append then pop returns the request value [flask].
import hashlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/weak-hash/list-pop", methods=["GET", "POST"])
def handle_weak_hash():
    password = request.form["password"]
    items = []
    items.append("changeme")
    items.append(password)
    arg = items.pop()
    digest = hashlib.md5(arg.encode()).hexdigest()  # want "CWE-328"
    return "ok"
