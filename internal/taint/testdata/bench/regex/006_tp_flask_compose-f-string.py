# regex (CWE-730) TRUE POSITIVE: taint through f-string [flask].
import re
from flask import Flask, request

app = Flask(__name__)
DOCUMENT = "alpha beta gamma delta"


@app.route("/regex/compose-f-string", methods=["GET", "POST"])
def handle_regex():
    pattern = request.get_json()["pattern"]
    regex = f"^{pattern}$"
    found = re.findall(regex, DOCUMENT)  # want "CWE-730"
    return "ok"
