# ssti (CWE-1336) TRUE POSITIVE: html.escape does not remove {{ }}, so the template source stays attacker-controlled [flask].
import html
from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/ssti/escaped")
def escaped():
    name = html.escape(request.args.get("name", ""))
    return render_template_string("<p>Hi " + name + "</p>")  # want "CWE-1336"
