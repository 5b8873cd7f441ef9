# header (CWE-113) FALSE-POSITIVE TRAP: CR and LF are removed from the correlation id before it is echoed [flask].
from flask import Flask, request, make_response

app = Flask(__name__)


def header_safe(value):
    return value.replace("\r", "").replace("\n", "")


@app.after_request
def add_request_id(response):
    rid = header_safe(request.headers.get("X-Request-Id", "none"))
    response.headers["X-Request-Id"] = rid
    return response


@app.route("/")
def index():
    return make_response("ok")
