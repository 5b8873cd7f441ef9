# ssti (CWE-1336) FALSE-POSITIVE TRAP: a number converted with int() cannot carry template syntax [flask].
from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)


@app.route("/ssti/int")
def stars():
    count = int(request.args.get("n", "1"))
    return Template("<p>" + "*" * count + "</p>").render()
