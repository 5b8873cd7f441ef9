# regex (CWE-730) TRUE POSITIVE: a helper in the same file passes the value through [flask].
import re
from flask import Flask, request

app = Flask(__name__)


def normalize(value):
    return value.strip()


@app.route("/regex/helper-return", methods=["GET", "POST"])
def handle_regex():
    pattern = request.cookies.get("pattern", "")
    arg = normalize(pattern)
    regex = "^" + arg + "$"
    compiled = re.compile(regex)  # want "CWE-730"
    return "ok"
