# trust-boundary (CWE-501) FALSE-POSITIVE TRAP: a branch that constant arithmetic rules out holds the request value [flask].
from flask import Flask, request, session

app = Flask(__name__)


@app.route("/trust-boundary/dead-ternary", methods=["GET", "POST"])
def handle_trust_boundary():
    role = request.form.get("role", "")
    num = 106
    arg = "viewer" if 7 * 18 + num > 200 else role
    session.update({"role": arg})
    return "ok"
