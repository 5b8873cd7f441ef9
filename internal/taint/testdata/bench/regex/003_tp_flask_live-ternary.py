# regex (CWE-730) TRUE POSITIVE: a branch decided by constant arithmetic that does pick the request value [flask].
import re
from flask import Flask, request

app = Flask(__name__)
DOCUMENT = "the quick brown fox jumps over the lazy dog"


@app.route("/regex/live-ternary", methods=["GET", "POST"])
def handle_regex():
    pattern = request.headers.get("X-Pattern", "")
    num = 50
    arg = "[a-z]+" if 7 * 18 + num > 200 else pattern
    regex = "^" + arg + "$"
    match = re.search(regex, DOCUMENT)  # want "CWE-730"
    return "ok"
