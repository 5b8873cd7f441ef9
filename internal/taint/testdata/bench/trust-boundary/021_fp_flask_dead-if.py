# trust-boundary (CWE-501) FALSE-POSITIVE TRAP: an if statement whose constant condition is false holds the request value [flask].
from flask import Flask, request, session

app = Flask(__name__)


@app.route("/trust-boundary/dead-if", methods=["GET", "POST"])
def handle_trust_boundary():
    role = request.args.get("role", "")
    num = 40
    if (num * 3) - 200 > 0:
        arg = role
    else:
        arg = "viewer"
    session.update({"role": arg})
    return "ok"
