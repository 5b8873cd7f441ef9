# redirect (CWE-601) TRUE POSITIVE: taint through f-string [flask].
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/redirect/compose-f-string", methods=["GET", "POST"])
def handle_redirect():
    next_url = request.get_json()["next_url"]
    target = f"{next_url}"
    return redirect(target)  # want "CWE-601"
