# xss (CWE-79) TRUE POSITIVE: shlex.quote is a shell sanitiser and leaves < and > intact in HTML [flask].
import shlex
from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/cmd-preview")
def cmd_preview():
    arg = shlex.quote(request.args.get("arg", ""))
    resp = make_response("<code>tool --input " + arg + "</code>")  # want "CWE-79"
    resp.headers["Content-Type"] = "text/html"
    return resp
