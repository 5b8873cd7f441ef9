# header (CWE-113) TRUE POSITIVE: an incoming correlation id header is echoed into a response header unchecked [flask].
from flask import Flask, request, make_response

app = Flask(__name__)


@app.after_request
def add_request_id(response):
    rid = request.headers.get("X-Request-Id", "none")
    response.headers["X-Request-Id"] = rid  # want "CWE-113"
    return response


@app.route("/")
def index():
    return make_response("ok")
