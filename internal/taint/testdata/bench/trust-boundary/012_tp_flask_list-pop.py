# trust-boundary (CWE-501) TRUE POSITIVE: append then pop returns the request value [flask].
from flask import Flask, request, session

app = Flask(__name__)


@app.route("/trust-boundary/list-pop", methods=["GET", "POST"])
def handle_trust_boundary():
    role = request.values.get("role", "")
    items = []
    items.append("viewer")
    items.append(role)
    arg = items.pop()
    session["role"] = arg  # want "CWE-501"
    return "ok"
