# ssti (CWE-1336) FALSE-POSITIVE TRAP: the template is the constant element of a list that also holds request data [flask].
from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)


@app.route("/ssti/list")
def row():
    cells = ["<td>{{ v }}</td>", request.args.get("v", "")]
    return Template(cells[0]).render(v=cells[1])
