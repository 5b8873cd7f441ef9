# code (CWE-95) TRUE POSITIVE: a legacy shopping cart is stored as a Python literal in a cookie and read back with eval [flask].
from flask import Flask, request, jsonify

app = Flask(__name__)


def read_cart():
    raw = request.cookies.get("cart", "[]")
    return eval(raw)  # want "CWE-95"


@app.route("/cart")
def cart():
    items = read_cart()
    return jsonify(items=items, count=len(items))
