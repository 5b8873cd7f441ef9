# xss (CWE-79) TRUE POSITIVE: a helper in the same file passes the value through [flask].
from flask import Flask, request

app = Flask(__name__)


def normalize(value):
    return value.strip()


@app.route("/xss/helper-return", methods=["GET", "POST"])
def handle_xss():
    name = request.cookies.get("name", "")
    arg = normalize(name)
    html = "<p>Hello, " + arg + "</p>"
    return html  # want "CWE-79"
