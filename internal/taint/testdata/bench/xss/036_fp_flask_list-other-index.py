# xss (CWE-79) FALSE-POSITIVE TRAP: the list index read holds a constant, not the request value [flask].
from flask import Flask, request

app = Flask(__name__)


@app.route("/xss/list-other-index", methods=["GET", "POST"])
def handle_xss():
    name = request.form.get("name", "")
    items = ["guest", name]
    arg = items[0]
    html = "<p>Hello, " + arg + "</p>"
    return html
