# path (CWE-22) TRUE POSITIVE: an uploaded theme tarball is opened from the request stream and extracted with extractall() and no filter [flask].
import tarfile

from flask import Flask, jsonify, request

app = Flask(__name__)
THEMES = "/srv/app/themes"


@app.post("/themes/upload")
def upload_theme():
    upload = request.files["bundle"]
    try:
        with tarfile.open(fileobj=upload.stream, mode="r:gz") as archive:
            archive.extractall(THEMES)  # want "CWE-22"
    except tarfile.TarError:
        return jsonify(error="not a tar.gz archive"), 400
    return jsonify(status="installed")
