# weak-hash (CWE-328) FALSE-POSITIVE TRAP: the list index read holds a constant, not the request value [flask].
from flask import Flask, request
from hashlib import md5

app = Flask(__name__)


@app.route("/weak-hash/list-other-index", methods=["GET", "POST"])
def handle_weak_hash():
    password = request.get_json()["password"]
    items = ["changeme", password]
    arg = items[0]
    digest = md5(arg.encode("utf-8")).hexdigest()
    return "ok"
