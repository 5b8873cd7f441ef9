# trust-boundary (CWE-501) TRUE POSITIVE: taint through f-string [flask].
from flask import Flask, request, session

app = Flask(__name__)


@app.route("/trust-boundary/compose-f-string", methods=["GET", "POST"])
def handle_trust_boundary():
    role = request.get_json()["role"]
    session_value = f"{role}"
    session["role"] = session_value  # want "CWE-501"
    return "ok"
