# trust-boundary (CWE-501) TRUE POSITIVE: a helper in the same file passes the value through [flask].
from flask import Flask, request, session

app = Flask(__name__)


def normalize(value):
    return value.strip()


@app.route("/trust-boundary/helper-return", methods=["GET", "POST"])
def handle_trust_boundary():
    role = request.cookies.get("role", "")
    arg = normalize(role)
    session.update({"role": arg})  # want "CWE-501"
    return "ok"
