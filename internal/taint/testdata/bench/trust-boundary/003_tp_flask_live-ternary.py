# trust-boundary (CWE-501) TRUE POSITIVE: a branch decided by constant arithmetic that does pick the request value [flask].
from flask import Flask, request, session

app = Flask(__name__)


@app.route("/trust-boundary/live-ternary", methods=["GET", "POST"])
def handle_trust_boundary():
    role = request.headers.get("X-Role", "")
    num = 50
    arg = "viewer" if 7 * 18 + num > 200 else role
    session.update({"role": arg})  # want "CWE-501"
    return "ok"
