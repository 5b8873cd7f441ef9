# ssti (CWE-1336) FALSE-POSITIVE TRAP: a nested function renders a constant template with the view's variable as context [flask].
from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)


@app.route("/ssti/closure-context")
def closure():
    title = request.args.get("title", "")

    def render():
        return Template("<h1>{{ title }}</h1>").render(title=title)

    return render()
