# ssti (CWE-1336) TRUE POSITIVE: request text concatenated into the template source of render_template_string [flask].
from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/ssti/concat")
def hello():
    name = request.args.get("name", "guest")
    page = "<h1>Hello " + name + "</h1>"
    return render_template_string(page)  # want "CWE-1336"
