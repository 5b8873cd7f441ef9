# command (CWE-78) FALSE-POSITIVE TRAP: functools.partial binds a constant command; the request value is not passed [flask].
from functools import partial
import os
from flask import Flask, request

app = Flask(__name__)
disk_usage = partial(os.system, "df -h")


@app.route("/command/partial-constant")
def usage():
    user = request.args.get("user", "")
    disk_usage()
    return {"user": user}
