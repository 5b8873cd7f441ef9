# command (CWE-78) TRUE POSITIVE: a partial that fixes shell=True is called with the request value [flask].
from functools import partial
import subprocess
from flask import Flask, request

app = Flask(__name__)
shell = partial(subprocess.run, shell=True)


@app.route("/command/partial-arg")
def run_cmd():
    shell("du -sh " + request.args.get("dir", "."))  # want "CWE-78"
    return "ok"
