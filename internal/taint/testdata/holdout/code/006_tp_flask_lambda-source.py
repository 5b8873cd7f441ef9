# code (CWE-95) TRUE POSITIVE: a sort key expression from the form is turned into a lambda with eval [flask].
from flask import Flask, request, jsonify

app = Flask(__name__)
PRODUCTS = [{"name": "a", "price": 3}, {"name": "b", "price": 1}]


def make_key(body):
    return eval("lambda p: " + body)  # want "CWE-95"


@app.route("/products/sorted", methods=["POST"])
def sorted_products():
    key = make_key(request.form.get("key", "p['name']"))
    return jsonify(sorted(PRODUCTS, key=key))
