# deserialization (CWE-502) TRUE POSITIVE: the request value is stored and read back under the same dict key [flask].
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization/dict-same-key", methods=["GET", "POST"])
def handle_deserialization():
    payload = request.get_data()
    store = {}
    store["keyA"] = payload
    store["keyB"] = b"theme: light"
    arg = store["keyA"]
    config = yaml.load(arg, Loader=yaml.Loader)  # want "CWE-502"
    return "ok"
