# xss (CWE-79) TRUE POSITIVE: an if statement whose constant condition is true takes the request value [flask].
from flask import Flask, request

app = Flask(__name__)


@app.route("/xss/live-if/<name>", methods=["GET", "POST"])
def handle_xss(name):
    num = 40
    if (num * 3) - 100 > 0:
        arg = name
    else:
        arg = "guest"
    html = "<p>Hello, " + arg + "</p>"
    return html  # want "CWE-79"
