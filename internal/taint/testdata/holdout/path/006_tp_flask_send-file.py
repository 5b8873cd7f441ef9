# path (CWE-22) TRUE POSITIVE: a report name formatted into a relative path and passed to send_file [flask].
from flask import Flask, request, send_file

app = Flask(__name__)


def report_path(kind, name):
    return "reports/{}/{}.pdf".format(kind, name)


@app.route("/reports")
def reports():
    kind = request.args.get("kind", "monthly")
    name = request.args.get("name", "latest")
    return send_file(report_path(kind, name))  # want "CWE-22"
