# ssti (CWE-1336) TRUE POSITIVE: functools.partial binds the request text as the template source [flask].
from functools import partial
from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/ssti/partial")
def part():
    source = request.args.get("tpl", "")
    render = partial(render_template_string, source)
    return render(user="guest")  # want "CWE-1336"
