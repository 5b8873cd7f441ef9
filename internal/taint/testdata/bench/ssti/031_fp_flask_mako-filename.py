# ssti (CWE-1336) FALSE-POSITIVE TRAP: a Mako template loaded from a fixed file, the request value is a render argument [flask].
from flask import Flask, request
from mako.template import Template

app = Flask(__name__)
PAGE = Template(filename="templates/page.mako")


@app.route("/ssti/mako-file")
def mako_page():
    return PAGE.render(text=request.args.get("text", ""))
