# header (CWE-113) TRUE POSITIVE: a branch decided by constant arithmetic that does pick the request value [flask].
from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/header/live-ternary", methods=["GET", "POST"])
def handle_header():
    lang = request.headers.get("X-Lang", "")
    num = 50
    arg = "en-US" if 7 * 18 + num > 200 else lang
    return Response("ok", headers={"Content-Language": arg})  # want "CWE-113"
