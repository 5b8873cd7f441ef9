# ssti (CWE-1336) TRUE POSITIVE: a method of a project class compiles its argument, called on an instance [flask].
from flask import Flask, request
from jinja2 import Environment

app = Flask(__name__)


class Renderer:
    def __init__(self):
        self.env = Environment(autoescape=True)

    def render(self, source, **ctx):
        return self.env.from_string(source).render(**ctx)  # want "CWE-1336"


@app.route("/ssti/method")
def method():
    renderer = Renderer()
    return renderer.render(request.args.get("tpl", ""), user="guest")
