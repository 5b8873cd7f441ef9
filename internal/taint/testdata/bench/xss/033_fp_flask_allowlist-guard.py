# xss (CWE-79) FALSE-POSITIVE TRAP: an early return unless the value is in an allow-list [flask].
from flask import Flask, render_template_string, request

app = Flask(__name__)
ALLOWED = {"guest", "admin", "visitor"}


@app.route("/xss/allowlist-guard", methods=["GET", "POST"])
def handle_xss():
    name = request.values.get("name", "")
    if name not in ALLOWED:
        return "invalid request", 400
    arg = name
    html = "<p>Hello, " + arg + "</p>"
    return render_template_string(html)
