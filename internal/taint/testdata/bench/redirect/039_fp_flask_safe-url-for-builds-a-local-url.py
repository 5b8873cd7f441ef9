# redirect (CWE-601) FALSE-POSITIVE TRAP: url_for builds a local URL [flask].
from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/redirect/safe-url-for-builds-a-local-url", methods=["GET", "POST"])
def handle_redirect():
    next_url = request.values.get("next_url", "")
    return redirect(url_for("profile", name=next_url))
