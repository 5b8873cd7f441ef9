# xss (CWE-79) FALSE-POSITIVE TRAP: the search term is escaped with markupsafe.escape before it is put in the HTML [flask].
from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/search")
def search():
    q = escape(request.args.get("q", ""))
    return f"<h1>No results for {q}</h1><a href='/'>back</a>"
