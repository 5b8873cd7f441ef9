# xss (CWE-79) FALSE POSITIVE look-alike: Flask's jinja_env escapes a template made from a string, so the request value is escaped [flask].
from flask import Flask, request

app = Flask(__name__)
BADGE = app.jinja_env.from_string("<span class='badge'>{{ label }}</span>")


@app.route("/badge")
def badge():
    return BADGE.render(label=request.args.get("label", ""))
