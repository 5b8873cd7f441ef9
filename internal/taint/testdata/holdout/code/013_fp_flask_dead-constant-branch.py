# code (CWE-95) FALSE-POSITIVE TRAP: the eval branch is guarded by constant arithmetic that is never true [flask].
from flask import Flask, request

app = Flask(__name__)
API_VERSION = 3


@app.route("/v/filter", methods=["POST"])
def legacy_filter():
    expression = request.form.get("filter", "")
    if API_VERSION * 2 < 4:
        return str(eval(expression))
    return "filters are no longer evaluated", 410
