# xss (CWE-79) TRUE POSITIVE: append then pop returns the request value [flask].
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/xss/list-pop", methods=["GET", "POST"])
def handle_xss():
    name = request.values.get("name", "")
    items = []
    items.append("guest")
    items.append(name)
    arg = items.pop()
    html = "<p>Hello, " + arg + "</p>"
    return make_response(html)  # want "CWE-79"
