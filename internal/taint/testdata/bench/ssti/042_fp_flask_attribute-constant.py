# ssti (CWE-1336) FALSE-POSITIVE TRAP: a method compiles the object's constant template attribute, not its argument [flask].
from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)


class Card:
    def __init__(self):
        self.template = "<div class='card'>{{ text }}</div>"

    def render(self, text):
        return Template(self.template).render(text=text)


@app.route("/ssti/attribute")
def card():
    return Card().render(request.args.get("text", ""))
