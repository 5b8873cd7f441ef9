# redirect (CWE-601) FALSE-POSITIVE TRAP: the request value is appended and popped off before the list is read [flask].
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/redirect/list-pop-removed", methods=["GET", "POST"])
def handle_redirect():
    next_url = request.values.get("next_url", "")
    items = ["/dashboard"]
    items.append(next_url)
    items.pop()
    arg = items[0]
    response = make_response("", 302)
    response.headers["Location"] = arg
    return response
