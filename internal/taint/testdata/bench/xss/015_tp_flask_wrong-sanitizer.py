# xss (CWE-79) TRUE POSITIVE: a sanitiser for another vulnerability class does not help [flask].
import shlex
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/xss/wrong-sanitizer", methods=["GET", "POST"])
def handle_xss():
    name = request.form.get("name", "")
    arg = shlex.quote(name)
    html = "<p>Hello, " + arg + "</p>"
    return render_template_string(html)  # want "CWE-79"
