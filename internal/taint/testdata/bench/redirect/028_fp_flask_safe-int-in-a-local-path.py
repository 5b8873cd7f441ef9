# redirect (CWE-601) FALSE-POSITIVE TRAP: int() in a local path [flask].
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/redirect/safe-int-in-a-local-path", methods=["GET", "POST"])
def handle_redirect():
    next_url = request.args.get("next_url", "")
    return redirect("/profile/" + str(int(next_url)))
