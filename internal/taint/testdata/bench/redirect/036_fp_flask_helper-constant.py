# redirect (CWE-601) FALSE-POSITIVE TRAP: a helper in the same file ignores its argument and returns a constant [flask].
from flask import Flask, redirect, request

app = Flask(__name__)


def pick(requested):
    return "/dashboard"


@app.route("/redirect/helper-constant", methods=["GET", "POST"])
def handle_redirect():
    next_url = request.form.get("next_url", "")
    arg = pick(next_url)
    return redirect(arg)
