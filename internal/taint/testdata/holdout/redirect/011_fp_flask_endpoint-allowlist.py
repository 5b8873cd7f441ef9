# redirect (CWE-601) FALSE-POSITIVE TRAP: the client names an endpoint from a fixed set and url_for builds the local URL [flask].
from flask import Flask, request, redirect, url_for

app = Flask(__name__)
RETURN_ENDPOINTS = {"index", "profile", "orders"}


@app.route("/done")
def done():
    endpoint = request.args.get("next", "index")
    if endpoint not in RETURN_ENDPOINTS:
        endpoint = "index"
    return redirect(url_for(endpoint))


@app.route("/")
def index():
    return "home"
