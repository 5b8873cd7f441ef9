# deserialization (CWE-502) FALSE POSITIVE look-alike: the blob is unpickled only after its HMAC with the server key matches [flask].
import base64
import hashlib
import hmac
import pickle
from flask import Flask, abort, request

app = Flask(__name__)
KEY = b"server-side-key-loaded-at-start"


@app.route("/resume", methods=["POST"])
def resume():
    blob = base64.b64decode(request.form["state"])
    mac = request.form["mac"]
    if not hmac.compare_digest(mac, hmac.new(KEY, blob, hashlib.sha256).hexdigest()):
        abort(403)
    state = pickle.loads(blob)
    return {"step": state.get("step", 0)}
