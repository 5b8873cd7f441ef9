# redirect (CWE-601) TRUE POSITIVE: a nested function redirects to the view's next parameter [flask].
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/redirect/closure")
def login():
    target = request.args.get("next", "/")

    def done():
        return redirect(target)  # want "CWE-601"

    return done()
