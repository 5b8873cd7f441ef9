# deserialization (CWE-502) TRUE POSITIVE: the value travels through an object attribute [flask].
import yaml
from flask import Flask, request

app = Flask(__name__)


class Holder:
    def __init__(self, value):
        self.value = value
        self.default = b"theme: light"


@app.route("/deserialization/class-attr", methods=["GET", "POST"])
def handle_deserialization():
    payload = request.get_data()
    holder = Holder(payload)
    arg = holder.value
    config = yaml.unsafe_load(arg)  # want "CWE-502"
    return "ok"
