# ssti (CWE-1336) FALSE-POSITIVE TRAP: the template is used only when it equals a constant [flask].
from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/ssti/equality")
def eq():
    source = request.args.get("tpl", "")
    if source == "<p>{{ 1 }}</p>":
        return render_template_string(source)
    return "unknown"
