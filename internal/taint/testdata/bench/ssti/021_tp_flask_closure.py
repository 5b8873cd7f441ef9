# ssti (CWE-1336) TRUE POSITIVE: a nested function reads the view's tainted variable and compiles it [flask].
from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)


@app.route("/ssti/closure")
def closure():
    layout = request.args.get("layout", "")

    def render():
        return Template(layout).render(title="Home")  # want "CWE-1336"

    return render()
