# ssti (CWE-1336) FALSE-POSITIVE TRAP: functools.partial binds a constant template; the request value is a context keyword [flask].
from functools import partial
from flask import Flask, request, render_template_string

app = Flask(__name__)
render_card = partial(render_template_string, "<div>{{ text }}</div>")


@app.route("/ssti/partial-constant")
def card():
    return render_card(text=request.args.get("text", ""))
