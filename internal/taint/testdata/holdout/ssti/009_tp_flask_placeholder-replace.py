# ssti (CWE-1336) TRUE POSITIVE: a title placeholder in a constant template is replaced by request text before rendering [flask].
from flask import Flask, request, render_template_string

app = Flask(__name__)
PAGE = "<html><head><title>__TITLE__</title></head><body>{{ body }}</body></html>"


@app.route("/page")
def page():
    title = request.args.get("title", "Untitled")
    source = PAGE.replace("__TITLE__", title)
    return render_template_string(source, body="content")  # want "CWE-1336"
