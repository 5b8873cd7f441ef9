# ssti (CWE-1336) TRUE POSITIVE: an f-string puts form data into the template source [flask].
from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/ssti/f-string", methods=["POST"])
def greet():
    title = request.form["title"]
    return render_template_string(f"<title>{title}</title><p>{{{{ user }}}}</p>", user="x")  # want "CWE-1336"
