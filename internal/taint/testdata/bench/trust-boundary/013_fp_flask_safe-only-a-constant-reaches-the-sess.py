# trust-boundary (CWE-501) FALSE-POSITIVE TRAP: only a constant reaches the session [flask].
from flask import Flask, request, session

app = Flask(__name__)


@app.route("/trust-boundary/safe-only-a-constant-reaches-the-sess", methods=["GET", "POST"])
def handle_trust_boundary():
    role = request.get_json()["role"]
    session["role"] = "viewer" if role == "" else "member"
    return "ok"
