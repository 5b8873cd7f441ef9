# header (CWE-113) TRUE POSITIVE: append then pop returns the request value [flask].
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/header/list-pop", methods=["GET", "POST"])
def handle_header():
    lang = request.values.get("lang", "")
    items = []
    items.append("en-US")
    items.append(lang)
    arg = items.pop()
    response = make_response("ok")
    response.headers["Content-Language"] = arg  # want "CWE-113"
    return response
