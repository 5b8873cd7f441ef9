# deserialization (CWE-502) FALSE-POSITIVE TRAP: a branch that constant arithmetic rules out holds the request value [flask].
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization/dead-ternary", methods=["GET", "POST"])
def handle_deserialization():
    payload = request.get_data()
    num = 106
    arg = b"theme: light" if 7 * 18 + num > 200 else payload
    config = yaml.load(arg, Loader=yaml.Loader)
    return "ok"
