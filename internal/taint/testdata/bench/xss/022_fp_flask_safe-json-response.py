# xss (CWE-79) FALSE-POSITIVE TRAP: JSON response [flask].
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/xss/safe-json-response", methods=["GET", "POST"])
def handle_xss():
    name = request.form.get("name", "")
    return jsonify({"name": name})
