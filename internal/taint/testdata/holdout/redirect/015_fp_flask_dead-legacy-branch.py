# redirect (CWE-601) FALSE-POSITIVE TRAP: the branch that would follow the request URL is decided by constants and never runs [flask].
from flask import Flask, request, redirect

app = Flask(__name__)
LEGACY_REDIRECTS = 0


@app.route("/out")
def outbound():
    target = request.args.get("url", "/")
    if LEGACY_REDIRECTS and target:
        return redirect(target)
    return redirect("/links")
