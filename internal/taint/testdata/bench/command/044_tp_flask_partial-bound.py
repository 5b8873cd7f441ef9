# command (CWE-78) TRUE POSITIVE: functools.partial binds the request value; the command runs when the partial is called [flask].
import functools
import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/command/partial")
def lookup():
    domain = request.args.get("domain", "")
    job = functools.partial(subprocess.check_output, "nslookup " + domain, shell=True)
    return job()  # want "CWE-78"
