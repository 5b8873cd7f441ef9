# header (CWE-113) FALSE-POSITIVE TRAP: an if statement whose constant condition is false holds the request value [flask].
from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/header/dead-if", methods=["GET", "POST"])
def handle_header():
    lang = request.args.get("lang", "")
    num = 40
    if (num * 3) - 200 > 0:
        arg = lang
    else:
        arg = "en-US"
    return Response("ok", headers={"Content-Language": arg})
