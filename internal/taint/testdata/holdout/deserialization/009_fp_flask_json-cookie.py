# deserialization (CWE-502) FALSE-POSITIVE TRAP: the base64 preferences cookie is parsed as JSON, not pickle [flask].
import base64
import json
from flask import Flask, request, jsonify

app = Flask(__name__)
DEFAULT_PREFS = {"theme": "light", "lang": "en"}


def load_prefs():
    raw = request.cookies.get("prefs")
    if not raw:
        return dict(DEFAULT_PREFS)
    return json.loads(base64.urlsafe_b64decode(raw))


@app.route("/prefs")
def prefs():
    return jsonify(load_prefs())
