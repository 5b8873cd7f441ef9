# ssti (CWE-1336) TRUE POSITIVE: the template is compiled in a try block that falls back on error [flask].
from flask import Flask, request
from jinja2 import Template, TemplateSyntaxError

app = Flask(__name__)


@app.route("/ssti/try")
def attempt():
    source = request.args.get("tpl", "")
    try:
        out = Template(source).render()  # want "CWE-1336"
    except TemplateSyntaxError:
        out = "bad template"
    return out
