# path (CWE-22) FALSE POSITIVE look-alike: quote(..., safe="") encodes "/" too, so the name stays one file of the directory [flask].
import os
from urllib.parse import quote

from flask import Flask, request

app = Flask(__name__)
UPLOADS = "/srv/uploads"


@app.route("/download")
def download():
    path = os.path.join(UPLOADS, quote(request.args.get("name", ""), safe=""))
    with open(path, "rb") as f:
        return f.read()
