# xss (CWE-79) TRUE POSITIVE: a branch decided by constant arithmetic that does pick the request value [flask].
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/xss/live-ternary", methods=["GET", "POST"])
def handle_xss():
    name = request.headers.get("X-Name", "")
    num = 50
    arg = "guest" if 7 * 18 + num > 200 else name
    html = "<p>Hello, " + arg + "</p>"
    return make_response(html)  # want "CWE-79"
