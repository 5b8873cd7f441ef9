# ssti (CWE-1336) FALSE-POSITIVE TRAP: a helper ignores its argument and returns a constant template [flask].
from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)


def pick_layout(kind):
    return "<section>{{ content }}</section>"


@app.route("/ssti/helper-constant")
def section():
    kind = request.args.get("kind", "")
    return Template(pick_layout(kind)).render(content=kind)
