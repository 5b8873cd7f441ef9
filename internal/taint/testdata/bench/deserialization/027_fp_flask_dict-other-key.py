# deserialization (CWE-502) FALSE-POSITIVE TRAP: the request value sits under one dict key and another key is read [flask].
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization/dict-other-key", methods=["GET", "POST"])
def handle_deserialization():
    payload = request.get_data()
    store = {}
    store["keyA"] = payload
    store["keyB"] = b"theme: light"
    arg = store["keyB"]
    config = yaml.unsafe_load(arg)
    return "ok"
