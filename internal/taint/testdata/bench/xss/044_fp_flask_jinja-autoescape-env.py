# xss (CWE-79) FALSE POSITIVE look-alike: a Jinja2 environment with select_autoescape escapes the request value it renders [flask].
from flask import Flask, request
from jinja2 import Environment, PackageLoader, select_autoescape

app = Flask(__name__)
env = Environment(loader=PackageLoader("shop"), autoescape=select_autoescape())


@app.route("/hello")
def hello():
    page = env.get_template("hello.html")
    return page.render(name=request.args.get("name", ""))
