# redirect (CWE-601) TRUE POSITIVE: an if statement whose constant condition is true takes the request value [flask].
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/redirect/live-if/<next_url>", methods=["GET", "POST"])
def handle_redirect(next_url):
    num = 40
    if (num * 3) - 100 > 0:
        arg = next_url
    else:
        arg = "/dashboard"
    return redirect(arg)  # want "CWE-601"
