# path (CWE-22) TRUE POSITIVE: functools.partial(open, path) with the path from the request [flask].
from functools import partial
from flask import Flask, request

app = Flask(__name__)


@app.route("/path/partial")
def download():
    path = "/srv/files/" + request.args.get("f", "")
    opener = partial(open, path, "rb")
    with opener() as fh:  # want "CWE-22"
        return fh.read()
