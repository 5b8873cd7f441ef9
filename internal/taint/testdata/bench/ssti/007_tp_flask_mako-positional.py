# ssti (CWE-1336) TRUE POSITIVE: a Mako template built from request text [flask].
from flask import Flask, request
from mako.template import Template

app = Flask(__name__)


@app.route("/ssti/mako")
def mako_page():
    text = request.values.get("text", "")
    return Template("<p>" + text + "</p>").render()  # want "CWE-1336"
