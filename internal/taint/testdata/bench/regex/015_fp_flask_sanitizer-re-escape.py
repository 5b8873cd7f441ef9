# regex (CWE-730) FALSE-POSITIVE TRAP: sanitised with re.escape() [flask].
import re
from flask import Flask, request

app = Flask(__name__)
DOCUMENT = "alpha beta gamma delta"


@app.route("/regex/sanitizer-re-escape", methods=["GET", "POST"])
def handle_regex():
    pattern = request.form.get("pattern", "")
    arg = re.escape(pattern)
    regex = "^" + arg + "$"
    found = re.findall(regex, DOCUMENT)
    return "ok"
