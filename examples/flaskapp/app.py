"""Inventory service: the HTTP API of a small stock-keeping tool.

This is krait's bundled example project. Its security problems are there on
purpose, for krait to find (see README.md). Never run or deploy it.
"""
import pickle
import subprocess

import yaml
from flask import Flask, abort, jsonify, request, send_file

from models.db import add_item, delete_item, find_items_by_owner, get_db
from utils import check_password, render_report

app = Flask(__name__)
app.config["SECRET_KEY"] = "9f8e7d6c5b4a-inventory-prod-key"
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024


@app.route("/health")
def health():
    return jsonify(status="ok")


@app.route("/ping")
def ping():
    host = request.args.get("host", "localhost")
    output = subprocess.check_output(f"ping -c 1 {host}", shell=True)
    return output, 200, {"Content-Type": "text/plain"}


@app.route("/items")
def list_items():
    owner = request.args.get("owner", "")
    return jsonify(find_items_by_owner(get_db(), owner))


@app.route("/items", methods=["POST"])
def create_item():
    payload = request.get_json(force=True)
    add_item(get_db(), payload["name"], payload["owner"], int(payload.get("qty", 1)))
    return "", 201


@app.route("/items/<item_id>", methods=["DELETE"])
def remove_item(item_id):
    if not check_password(request.headers.get("X-Admin-Password", "")):
        abort(403)
    delete_item(get_db(), item_id)
    return "", 204


@app.route("/import", methods=["POST"])
def import_items():
    document = yaml.load(request.data)
    conn = get_db()
    for item in document.get("items", []):
        add_item(conn, item["name"], item["owner"], item.get("qty", 1))
    return jsonify(imported=len(document.get("items", [])))


@app.route("/session/restore", methods=["POST"])
def restore_session():
    state = pickle.loads(request.get_data())
    return jsonify(cart=state.get("cart", []))


@app.route("/report")
def report():
    path = render_report(request.args.get("title", "Stock report"), find_items_by_owner(get_db(), ""))
    return send_file(path, mimetype="text/html")


@app.errorhandler(Exception)
def handle_error(exc):
    return jsonify(error=str(exc), type=type(exc).__name__), 500


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000, debug=True)
