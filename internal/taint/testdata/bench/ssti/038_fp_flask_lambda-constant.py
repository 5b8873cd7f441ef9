# ssti (CWE-1336) FALSE-POSITIVE TRAP: a lambda returns a constant template whatever it is called with [flask].
from flask import Flask, request, render_template_string

app = Flask(__name__)
layout_for = lambda kind: "<article>{{ body }}</article>"


@app.route("/ssti/lambda-constant")
def article():
    kind = request.args.get("kind", "")
    return render_template_string(layout_for(kind), body=request.args.get("body", ""))
