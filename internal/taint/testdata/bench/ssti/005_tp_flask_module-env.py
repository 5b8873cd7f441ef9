# ssti (CWE-1336) TRUE POSITIVE: a module-level Environment compiles a header value [flask].
from flask import Flask, request
from jinja2 import Environment, FileSystemLoader

app = Flask(__name__)
env = Environment(loader=FileSystemLoader("templates"), autoescape=True)


@app.route("/ssti/module-env")
def banner():
    text = request.headers.get("X-Banner", "")
    return env.from_string("<div>" + text + "</div>").render()  # want "CWE-1336"
