# xss (CWE-79) FALSE-POSITIVE TRAP: the request value sits under one dict key and another key is read [flask].
from flask import Flask, request

app = Flask(__name__)


@app.route("/xss/dict-other-key", methods=["GET", "POST"])
def handle_xss():
    name = request.get_json()["name"]
    store = {}
    store["keyA"] = name
    store["keyB"] = "guest"
    arg = store["keyB"]
    html = "<p>Hello, " + arg + "</p>"
    return html
