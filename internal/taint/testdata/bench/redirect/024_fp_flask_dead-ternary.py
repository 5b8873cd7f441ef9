# redirect (CWE-601) FALSE-POSITIVE TRAP: a branch that constant arithmetic rules out holds the request value [flask].
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/redirect/dead-ternary", methods=["GET", "POST"])
def handle_redirect():
    next_url = request.headers.get("X-Next-Url", "")
    num = 106
    arg = "/dashboard" if 7 * 18 + num > 200 else next_url
    return redirect(arg)
