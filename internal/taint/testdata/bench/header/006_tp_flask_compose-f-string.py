# header (CWE-113) TRUE POSITIVE: taint through f-string [flask].
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/header/compose-f-string", methods=["GET", "POST"])
def handle_header():
    lang = request.get_json()["lang"]
    header_value = f"{lang}"
    response = make_response("ok")
    response.headers["Content-Language"] = header_value  # want "CWE-113"
    return response
