# header (CWE-113) FALSE-POSITIVE TRAP: percent-encoded header value [flask].
from flask import Flask, make_response, request
from urllib.parse import quote

app = Flask(__name__)


@app.route("/header/safe-percent-encoded-header-value", methods=["GET", "POST"])
def handle_header():
    lang = request.get_json()["lang"]
    response = make_response("ok")
    response.headers["Content-Language"] = quote(lang)
    return response
