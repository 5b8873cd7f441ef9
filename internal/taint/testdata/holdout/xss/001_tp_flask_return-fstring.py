# xss (CWE-79) TRUE POSITIVE: a search term echoed into an HTML string returned from the view [flask].
from flask import Flask, request

app = Flask(__name__)


@app.route("/search")
def search():
    q = request.args.get("q", "")
    results = []
    if not results:
        return f"<h1>No results for {q}</h1><a href='/'>back</a>"  # want "CWE-79"
    return "<ul>" + "".join("<li>%d</li>" % r for r in results) + "</ul>"
