# deserialization (CWE-502) TRUE POSITIVE: a base64 "cart" cookie is unpickled by a helper on every cart request [flask].
import base64
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


def load_cart() -> list:
    raw = request.cookies.get("cart")
    if not raw:
        return []
    try:
        return pickle.loads(base64.urlsafe_b64decode(raw))  # want "CWE-502"
    except Exception:
        return []


@app.get("/cart")
def cart():
    items = load_cart()
    return jsonify(count=len(items))
