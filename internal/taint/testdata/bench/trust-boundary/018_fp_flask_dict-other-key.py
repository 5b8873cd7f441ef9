# trust-boundary (CWE-501) FALSE-POSITIVE TRAP: the request value sits under one dict key and another key is read [flask].
from flask import Flask, request, session

app = Flask(__name__)


@app.route("/trust-boundary/dict-other-key/<role>", methods=["GET", "POST"])
def handle_trust_boundary(role):
    store = {}
    store["keyA"] = role
    store["keyB"] = "viewer"
    arg = store["keyB"]
    session["role"] = arg
    return "ok"
