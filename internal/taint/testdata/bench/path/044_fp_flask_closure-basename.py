# path (CWE-22) FALSE-POSITIVE TRAP: the nested reader strips directories with os.path.basename [flask].
import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/path/closure-basename")
def read_report():
    name = os.path.basename(request.args.get("name", ""))

    def read():
        with open("/srv/reports/" + name) as fh:
            return fh.read()

    return read()
