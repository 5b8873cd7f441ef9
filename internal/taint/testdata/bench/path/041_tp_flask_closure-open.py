# path (CWE-22) TRUE POSITIVE: a nested reader opens the file the request names [flask].
from flask import Flask, request

app = Flask(__name__)


@app.route("/path/closure")
def read_report():
    name = request.args.get("name", "")

    def read():
        with open("/srv/reports/" + name) as fh:  # want "CWE-22"
            return fh.read()

    return read()
