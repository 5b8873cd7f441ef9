# ssti (CWE-1336) FALSE-POSITIVE TRAP: a constant jinja2.Template rendered with request values [flask].
from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)
GREETING = Template("<p>Hello {{ who }}</p>", autoescape=True)


@app.route("/ssti/render-kwargs")
def greet():
    return GREETING.render(who=request.args.get("who", ""))
