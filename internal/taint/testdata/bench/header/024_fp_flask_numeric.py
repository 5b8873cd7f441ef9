# header (CWE-113) FALSE-POSITIVE TRAP: int() conversion leaves only digits [flask].
from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/header/numeric", methods=["GET", "POST"])
def handle_header():
    lang = request.headers.get("X-Lang", "")
    arg = str(int(lang))
    response = make_response("ok")
    response.headers["Content-Language"] = arg
    return response
