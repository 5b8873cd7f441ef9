# trust-boundary (CWE-501) FALSE-POSITIVE TRAP: the object holds the request value in another attribute [flask].
from flask import Flask, request, session

app = Flask(__name__)


class Holder:
    def __init__(self, value):
        self.value = value
        self.default = "viewer"


@app.route("/trust-boundary/class-attr-other", methods=["GET", "POST"])
def handle_trust_boundary():
    role = request.headers.get("X-Role", "")
    holder = Holder(role)
    arg = holder.default
    session["role"] = arg
    return "ok"
