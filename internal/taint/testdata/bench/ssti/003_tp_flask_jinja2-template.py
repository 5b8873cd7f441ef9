# ssti (CWE-1336) TRUE POSITIVE: jinja2.Template compiled from a query parameter [flask].
from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)


@app.route("/ssti/jinja-template")
def preview():
    source = request.args["tpl"]
    tpl = Template(source)  # want "CWE-1336"
    return tpl.render(site="example")
