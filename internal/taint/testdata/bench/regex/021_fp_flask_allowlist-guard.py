# regex (CWE-730) FALSE-POSITIVE TRAP: an early return unless the value is in an allow-list [flask].
import re
from flask import Flask, request

app = Flask(__name__)
DOCUMENT = "the quick brown fox jumps over the lazy dog"
ALLOWED = {"[a-z]+", "[0-9]+"}


@app.route("/regex/allowlist-guard", methods=["GET", "POST"])
def handle_regex():
    pattern = request.args.get("pattern", "")
    if pattern not in ALLOWED:
        return "invalid request", 400
    arg = pattern
    regex = "^" + arg + "$"
    match = re.search(regex, DOCUMENT)
    return "ok"
