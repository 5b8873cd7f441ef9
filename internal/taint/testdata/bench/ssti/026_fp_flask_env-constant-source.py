# ssti (CWE-1336) FALSE-POSITIVE TRAP: Environment().from_string on a constant, the request value passed to render [flask].
from flask import Flask, request
from jinja2 import Environment

app = Flask(__name__)
env = Environment(autoescape=True)
SOURCE = "<ul>{% for item in items %}<li>{{ item }}</li>{% endfor %}</ul>"


@app.route("/ssti/env-constant")
def listing():
    items = request.args.getlist("item")
    return env.from_string(SOURCE).render(items=items)
