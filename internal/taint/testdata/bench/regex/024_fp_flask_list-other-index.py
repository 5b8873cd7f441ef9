# regex (CWE-730) FALSE-POSITIVE TRAP: the list index read holds a constant, not the request value [flask].
import re
from flask import Flask, request

app = Flask(__name__)
DOCUMENT = "alpha beta gamma delta"


@app.route("/regex/list-other-index", methods=["GET", "POST"])
def handle_regex():
    pattern = request.headers.get("X-Pattern", "")
    items = ["[a-z]+", pattern]
    arg = items[0]
    regex = "^" + arg + "$"
    found = re.findall(regex, DOCUMENT)
    return "ok"
