# ssti (CWE-1336) TRUE POSITIVE: the request value read back from a dict under the same key [flask].
from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/ssti/dict")
def card():
    parts = {"header": "<h1>Card</h1>", "body": request.args.get("body", "")}
    return render_template_string(parts["header"] + parts["body"])  # want "CWE-1336"
