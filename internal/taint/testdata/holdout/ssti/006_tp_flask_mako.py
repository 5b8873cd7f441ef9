# ssti (CWE-1336) TRUE POSITIVE: a report title from the form is spliced into a Mako template source [flask].
from flask import Flask, request
from mako.template import Template

app = Flask(__name__)


@app.route("/report", methods=["POST"])
def report():
    title = request.form.get("title", "Report")
    source = "<h1>" + title + "</h1>\n% for row in rows:\n<p>${row}</p>\n% endfor\n"
    return Template(source).render(rows=["a", "b"])  # want "CWE-1336"
