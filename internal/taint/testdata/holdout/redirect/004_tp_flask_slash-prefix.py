# redirect (CWE-601) TRUE POSITIVE: requiring a leading "/" still lets "//evil.example" through [flask].
from flask import Flask, request, redirect

app = Flask(__name__)


def local_target(url):
    if not url.startswith("/"):
        return "/"
    return url


@app.route("/switch-language")
def switch_language():
    back = local_target(request.args.get("back", "/"))
    resp = redirect(back)  # want "CWE-601"
    resp.set_cookie("lang", request.args.get("lang", "en")[:2])
    return resp
