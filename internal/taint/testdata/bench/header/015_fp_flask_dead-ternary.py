# header (CWE-113) FALSE-POSITIVE TRAP: a branch that constant arithmetic rules out holds the request value [flask].
from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/header/dead-ternary", methods=["GET", "POST"])
def handle_header():
    lang = request.form.get("lang", "")
    num = 106
    arg = "en-US" if 7 * 18 + num > 200 else lang
    return Response("ok", headers={"Content-Language": arg})
