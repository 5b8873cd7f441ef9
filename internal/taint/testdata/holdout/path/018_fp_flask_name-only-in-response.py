# path (CWE-22) FALSE-POSITIVE TRAP: the request value is only echoed in JSON, the file opened is a fixed path [flask].
from flask import Flask, request, jsonify

app = Flask(__name__)
CHANGELOG = "/srv/app/CHANGELOG.md"


@app.route("/changelog")
def changelog():
    version = request.args.get("version", "latest")
    with open(CHANGELOG, encoding="utf-8") as fh:
        text = fh.read()
    found = version in text
    return jsonify(version=version, found=found)
