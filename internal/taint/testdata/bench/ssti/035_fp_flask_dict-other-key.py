# ssti (CWE-1336) FALSE-POSITIVE TRAP: the template comes from a dict key that holds a constant [flask].
from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/ssti/dict-other")
def card():
    parts = {"template": "<div>{{ body }}</div>", "body": request.args.get("body", "")}
    return render_template_string(parts["template"], body=parts["body"])
