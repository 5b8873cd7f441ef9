# path (CWE-22) TRUE POSITIVE: a query-string file name joined under the upload directory and opened [flask].
import os
from flask import Flask, request, Response

app = Flask(__name__)
UPLOAD_DIR = "/srv/app/uploads"


@app.route("/download")
def download():
    filename = request.args.get("file", "")
    path = os.path.join(UPLOAD_DIR, filename)
    with open(path, "rb") as fh:  # want "CWE-22"
        data = fh.read()
    return Response(data, mimetype="application/octet-stream")
