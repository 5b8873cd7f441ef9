# ssti (CWE-1336) TRUE POSITIVE: the template is compiled inside a helper called with request data [flask].
from flask import Flask, request
from jinja2 import Environment

app = Flask(__name__)
env = Environment()


def render_snippet(snippet, **context):
    return env.from_string(snippet).render(**context)  # want "CWE-1336"


@app.route("/ssti/helper-sink", methods=["POST"])
def snippet():
    return render_snippet(request.form["snippet"], user="guest")
