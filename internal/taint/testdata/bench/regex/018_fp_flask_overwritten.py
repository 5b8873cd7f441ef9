# regex (CWE-730) FALSE-POSITIVE TRAP: the request value is overwritten with a constant before use [flask].
import re
from flask import Flask, request

app = Flask(__name__)


@app.route("/regex/overwritten/<pattern>", methods=["GET", "POST"])
def handle_regex(pattern):
    arg = pattern
    arg = "[a-z]+"
    regex = "^" + arg + "$"
    compiled = re.compile(regex)
    return "ok"
