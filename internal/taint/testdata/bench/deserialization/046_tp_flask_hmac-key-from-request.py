# deserialization (CWE-502) TRUE POSITIVE: the HMAC key comes from the request, so the client signs its own blob [flask].
import base64
import hashlib
import hmac
import pickle
from flask import Flask, abort, request

app = Flask(__name__)


def sign(key, data):
    return hmac.new(key, data, hashlib.sha256).hexdigest()


@app.route("/resume", methods=["POST"])
def resume():
    blob = base64.b64decode(request.form["state"])
    key = request.form["key"].encode()
    if not hmac.compare_digest(request.form["mac"], sign(key, blob)):
        abort(403)
    state = pickle.loads(blob)  # want "CWE-502"
    return {"step": state.get("step", 0)}
