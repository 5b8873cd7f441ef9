# xss (CWE-79) TRUE POSITIVE: jinja2.Template does not autoescape unless told to, so the request value reaches the page as HTML [flask].
from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)
CARD = Template("<div>{{ name }}</div>")


@app.route("/card")
def card():
    return CARD.render(name=request.args.get("name", ""))  # want "CWE-79"
