# header (CWE-113) TRUE POSITIVE: a helper in the same file passes the value through [flask].
from flask import Flask, Response, request

app = Flask(__name__)


def normalize(value):
    return value.strip()


@app.route("/header/helper-return", methods=["GET", "POST"])
def handle_header():
    lang = request.cookies.get("lang", "")
    arg = normalize(lang)
    return Response("ok", headers={"Content-Language": arg})  # want "CWE-113"
