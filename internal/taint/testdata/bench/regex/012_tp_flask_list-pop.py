# regex (CWE-730) TRUE POSITIVE: append then pop returns the request value [flask].
import re
from flask import Flask, request

app = Flask(__name__)
DOCUMENT = "the quick brown fox jumps over the lazy dog"


@app.route("/regex/list-pop", methods=["GET", "POST"])
def handle_regex():
    pattern = request.values.get("pattern", "")
    items = []
    items.append("[a-z]+")
    items.append(pattern)
    arg = items.pop()
    regex = "^" + arg + "$"
    match = re.search(regex, DOCUMENT)  # want "CWE-730"
    return "ok"
