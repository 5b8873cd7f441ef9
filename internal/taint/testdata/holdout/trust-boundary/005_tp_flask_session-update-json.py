# trust-boundary (CWE-501) TRUE POSITIVE: the whole JSON body is merged into the Flask session with update() [flask].
from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = "change-me"


@app.route("/wizard/step", methods=["POST"])
def wizard_step():
    answers = request.get_json(silent=True) or {}
    session.update(answers)  # want "CWE-501"
    return {"step": session.get("step", 1)}
