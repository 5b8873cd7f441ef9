# ssti (CWE-1336) FALSE-POSITIVE TRAP: the template source must be one of an allow-list [flask].
from flask import Flask, abort, request, render_template_string

app = Flask(__name__)
LAYOUTS = ("<h1>{{ t }}</h1>", "<h2>{{ t }}</h2>")


@app.route("/ssti/allowlist")
def layout():
    source = request.args.get("layout", "")
    if source not in LAYOUTS:
        abort(400)
    return render_template_string(source, t="title")
