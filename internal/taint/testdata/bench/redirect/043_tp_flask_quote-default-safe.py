# redirect (CWE-601) TRUE POSITIVE: quote keeps "/", so "//evil.example" is still a redirect to another host [flask].
from urllib.parse import quote

from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/continue")
def go_on():
    return redirect(quote(request.args.get("next", "/")))  # want "CWE-601"
