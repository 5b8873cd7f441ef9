# redirect (CWE-601) TRUE POSITIVE: a branch decided by constant arithmetic that does pick the request value [flask].
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/redirect/live-ternary", methods=["GET", "POST"])
def handle_redirect():
    next_url = request.headers.get("X-Next-Url", "")
    num = 50
    arg = "/dashboard" if 7 * 18 + num > 200 else next_url
    response = make_response("", 302)
    response.headers["Location"] = arg  # want "CWE-601"
    return response
