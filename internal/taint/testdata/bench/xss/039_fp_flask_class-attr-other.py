# xss (CWE-79) FALSE-POSITIVE TRAP: the object holds the request value in another attribute [flask].
from flask import Flask, make_response, request

app = Flask(__name__)


class Holder:
    def __init__(self, value):
        self.value = value
        self.default = "guest"


@app.route("/xss/class-attr-other/<name>", methods=["GET", "POST"])
def handle_xss(name):
    holder = Holder(name)
    arg = holder.default
    html = "<p>Hello, " + arg + "</p>"
    return make_response(html)
