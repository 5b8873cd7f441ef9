# redirect (CWE-601) TRUE POSITIVE: append then pop returns the request value [flask].
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/redirect/list-pop", methods=["GET", "POST"])
def handle_redirect():
    next_url = request.values.get("next_url", "")
    items = []
    items.append("/dashboard")
    items.append(next_url)
    arg = items.pop()
    return redirect(arg)  # want "CWE-601"
