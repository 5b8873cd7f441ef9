# redirect (CWE-601) TRUE POSITIVE: a helper in the same file passes the value through [flask].
from flask import Flask, make_response, request

app = Flask(__name__)


def normalize(value):
    return value.strip()


@app.route("/redirect/helper-return", methods=["GET", "POST"])
def handle_redirect():
    next_url = request.cookies.get("next_url", "")
    arg = normalize(next_url)
    response = make_response("", 302)
    response.headers["Location"] = arg  # want "CWE-601"
    return response
