# deserialization (CWE-502) TRUE POSITIVE: a plain SHA-256 of the blob is no proof, the client can compute it too [flask].
import base64
import hashlib
import hmac
import pickle
from flask import Flask, abort, request

app = Flask(__name__)


@app.route("/resume", methods=["POST"])
def resume():
    blob = base64.b64decode(request.form["state"])
    if not hmac.compare_digest(request.form["digest"], hashlib.sha256(blob).hexdigest()):
        abort(403)
    state = pickle.loads(blob)  # want "CWE-502"
    return {"step": state.get("step", 0)}
