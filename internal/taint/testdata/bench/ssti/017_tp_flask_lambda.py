# ssti (CWE-1336) TRUE POSITIVE: a lambda wrapping render_template_string is called with request data [flask].
from flask import Flask, request, render_template_string

app = Flask(__name__)
render = lambda source: render_template_string(source)  # want "CWE-1336"


@app.route("/ssti/lambda")
def lam():
    return render("<p>" + request.args.get("q", "") + "</p>")
