# xss (CWE-79) FALSE-POSITIVE TRAP: a branch that constant arithmetic rules out holds the request value [flask].
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/xss/dead-ternary", methods=["GET", "POST"])
def handle_xss():
    name = request.headers.get("X-Name", "")
    num = 106
    arg = "guest" if 7 * 18 + num > 200 else name
    html = "<p>Hello, " + arg + "</p>"
    return render_template_string(html)
