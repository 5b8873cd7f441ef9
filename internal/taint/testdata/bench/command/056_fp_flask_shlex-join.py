# command (CWE-78) FALSE POSITIVE look-alike: shlex.join quotes every argument before the shell sees the line [flask].
import shlex
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/grep")
def grep():
    line = shlex.join(["grep", "-c", request.args.get("pattern", ""), "/var/log/app.log"])
    out = subprocess.run(line, shell=True, capture_output=True, text=True).stdout
    return jsonify(count=out.strip())
