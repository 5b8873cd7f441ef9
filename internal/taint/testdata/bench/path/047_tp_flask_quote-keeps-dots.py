# path (CWE-22) TRUE POSITIVE: urllib.parse.quote keeps "/" and "." by default, so "../" survives it [flask].
import os
from urllib.parse import quote

from flask import Flask, request

app = Flask(__name__)
UPLOADS = "/srv/uploads"


@app.route("/download")
def download():
    path = os.path.join(UPLOADS, quote(request.args.get("name", "")))
    with open(path, "rb") as f:  # want "CWE-22"
        return f.read()
