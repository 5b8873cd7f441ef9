# ssti (CWE-1336) FALSE-POSITIVE TRAP: the request value is overwritten by a constant before use [flask].
from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)


@app.route("/ssti/overwritten")
def page():
    source = request.args.get("tpl", "")
    source = "<p>{{ message }}</p>"
    return Template(source).render(message=request.args.get("msg", ""))
