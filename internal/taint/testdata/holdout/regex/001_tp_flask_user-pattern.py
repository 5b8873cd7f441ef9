# regex (CWE-730) TRUE POSITIVE: a "search with regex" option passes the raw query to re.search [flask].
import re
from flask import Flask, request, jsonify

app = Flask(__name__)
NOTES = ["buy milk", "call mom", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"]


@app.route("/notes")
def notes():
    q = request.args.get("q", "")
    if request.args.get("regex") == "1":
        hits = [n for n in NOTES if re.search(q, n)]  # want "CWE-730"
    else:
        hits = [n for n in NOTES if q in n]
    return jsonify(hits)
