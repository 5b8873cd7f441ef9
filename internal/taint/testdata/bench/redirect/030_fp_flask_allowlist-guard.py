# redirect (CWE-601) FALSE-POSITIVE TRAP: an early return unless the value is in an allow-list [flask].
from flask import Flask, redirect, request

app = Flask(__name__)
ALLOWED = {"/dashboard", "/profile", "/settings"}


@app.route("/redirect/allowlist-guard", methods=["GET", "POST"])
def handle_redirect():
    next_url = request.cookies.get("next_url", "")
    if next_url not in ALLOWED:
        return "invalid request", 400
    arg = next_url
    return redirect(arg)
