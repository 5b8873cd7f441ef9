# ssti (CWE-1336) FALSE-POSITIVE TRAP: the request value is a context variable of a constant template [flask].
from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/ssti/context")
def hello():
    name = request.args.get("name", "guest")
    return render_template_string("<h1>Hello {{ name }}</h1>", name=name)
