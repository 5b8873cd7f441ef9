# ssti (CWE-1336) TRUE POSITIVE: str.format inserts the request value into the template source [flask].
from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)


@app.route("/ssti/format")
def fmt():
    who = request.args.get("who", "")
    return Template("<p>Hello {}</p>".format(who)).render()  # want "CWE-1336"
