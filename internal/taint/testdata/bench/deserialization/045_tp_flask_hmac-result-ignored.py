# deserialization (CWE-502) TRUE POSITIVE: the HMAC is compared but the blob is unpickled whatever the result [flask].
import base64
import hashlib
import hmac
import pickle
from flask import Flask, request

app = Flask(__name__)
KEY = b"server-side-key-loaded-at-start"


@app.route("/resume", methods=["POST"])
def resume():
    blob = base64.b64decode(request.form["state"])
    valid = hmac.compare_digest(request.form["mac"], hmac.new(KEY, blob, hashlib.sha256).hexdigest())
    state = pickle.loads(blob)  # want "CWE-502"
    return {"step": state.get("step", 0), "valid": valid}
