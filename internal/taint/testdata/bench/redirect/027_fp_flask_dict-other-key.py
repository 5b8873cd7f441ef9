# redirect (CWE-601) FALSE-POSITIVE TRAP: the request value sits under one dict key and another key is read [flask].
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/redirect/dict-other-key", methods=["GET", "POST"])
def handle_redirect():
    next_url = request.get_json()["next_url"]
    store = {}
    store["keyA"] = next_url
    store["keyB"] = "/dashboard"
    arg = store["keyB"]
    response = make_response("", 302)
    response.headers["Location"] = arg
    return response
