# command (CWE-78) TRUE POSITIVE: host from the query string interpolated into a ping command run through the shell [flask].
import subprocess
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/diag/ping")
def ping():
    host = request.args.get("host", "localhost")
    count = 3
    cmd = f"ping -c {count} {host}"
    out = subprocess.run(cmd, shell=True, capture_output=True, text=True)  # want "CWE-78"
    return jsonify(stdout=out.stdout, code=out.returncode)
