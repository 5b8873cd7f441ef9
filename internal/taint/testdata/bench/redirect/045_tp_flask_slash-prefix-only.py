# redirect (CWE-601) TRUE POSITIVE: a lone "/" prefix turns "/evil.example" into "//evil.example", another host [flask].
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/back")
def back():
    return redirect("/" + request.args.get("to", ""))  # want "CWE-601"
