# redirect (CWE-601) FALSE-POSITIVE TRAP: the nested function redirects to a constant; the request value is only logged [flask].
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/redirect/closure-constant")
def login():
    target = request.args.get("next", "/")
    home = "/dashboard"

    def done():
        return redirect(home)

    print("ignored next", len(target))
    return done()
