# ssti (CWE-1336) TRUE POSITIVE: a helper builds the template source from its argument [flask].
from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)


def build_page(title):
    return "<html><title>" + title + "</title></html>"


@app.route("/ssti/helper-builds")
def page():
    title = request.args.get("title", "")
    return Template(build_page(title)).render()  # want "CWE-1336"
