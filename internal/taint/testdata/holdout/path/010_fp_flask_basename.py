# path (CWE-22) FALSE-POSITIVE TRAP: os.path.basename strips every directory component before the join [flask].
import os
from flask import Flask, request, Response

app = Flask(__name__)
UPLOAD_DIR = "/srv/app/uploads"


@app.route("/download")
def download():
    filename = os.path.basename(request.args.get("file", ""))
    path = os.path.join(UPLOAD_DIR, filename)
    with open(path, "rb") as fh:
        data = fh.read()
    return Response(data, mimetype="application/octet-stream")
