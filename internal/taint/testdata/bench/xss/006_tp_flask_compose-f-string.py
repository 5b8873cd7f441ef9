# xss (CWE-79) TRUE POSITIVE: taint through f-string [flask].
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/xss/compose-f-string", methods=["GET", "POST"])
def handle_xss():
    name = request.get_json()["name"]
    html = f"<p>Hello, {name}</p>"
    return render_template_string(html)  # want "CWE-79"
