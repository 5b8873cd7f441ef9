# deserialization (CWE-502) FALSE-POSITIVE TRAP: json.loads [flask].
import json
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization/safe-json-loads", methods=["GET", "POST"])
def handle_deserialization():
    payload = request.get_data()
    obj = json.loads(payload)
    return "ok"
