# ssti (CWE-1336) FALSE-POSITIVE TRAP: urllib.parse.quote percent-encodes braces and dollar signs before the text enters the template [flask].
from urllib.parse import quote
from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)


@app.route("/ssti/quote")
def link():
    target = quote(request.args.get("to", ""), safe="")
    return Template("<a href='/go?to=" + target + "'>go</a>").render()
