# deserialization (CWE-502) FALSE-POSITIVE TRAP: yaml.safe_load [flask].
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization/safe-yaml-safe-load", methods=["GET", "POST"])
def handle_deserialization():
    payload = request.get_data()
    config = yaml.safe_load(payload)
    return "ok"
