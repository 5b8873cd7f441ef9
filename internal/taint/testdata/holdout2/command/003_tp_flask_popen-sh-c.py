# command (CWE-78) TRUE POSITIVE: a database name from JSON goes into a "sh -c" script even though Popen gets an argument list [flask].
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/backups")
def create_backup():
    payload = request.get_json(force=True)
    database = payload.get("database", "app")
    script = f"pg_dump --no-owner {database} | gzip > /backups/latest.sql.gz"
    proc = subprocess.Popen(["sh", "-c", script], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)  # want "CWE-78"
    output, _ = proc.communicate(timeout=300)
    return jsonify(code=proc.returncode, lines=len(output.splitlines()))
