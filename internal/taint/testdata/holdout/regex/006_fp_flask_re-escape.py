# regex (CWE-730) FALSE-POSITIVE TRAP: the query is re.escape'd, so it matches literally [flask].
import re
from flask import Flask, request, jsonify

app = Flask(__name__)
NOTES = ["buy milk", "call mom"]


@app.route("/notes")
def notes():
    q = re.escape(request.args.get("q", ""))
    rx = re.compile(r"\b" + q, re.IGNORECASE)
    return jsonify([n for n in NOTES if rx.search(n)])
