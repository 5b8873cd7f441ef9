# deserialization (CWE-502) TRUE POSITIVE: a base64 cookie holding the user's preferences is unpickled [flask].
import base64
import pickle
from flask import Flask, request, jsonify

app = Flask(__name__)
DEFAULT_PREFS = {"theme": "light", "lang": "en"}


def load_prefs():
    raw = request.cookies.get("prefs")
    if not raw:
        return dict(DEFAULT_PREFS)
    return pickle.loads(base64.urlsafe_b64decode(raw))  # want "CWE-502"


@app.route("/prefs")
def prefs():
    return jsonify(load_prefs())
