# deserialization (CWE-502) TRUE POSITIVE: a safe value overwritten by the request value before use [flask].
import pickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization/reassigned-tainted", methods=["GET", "POST"])
def handle_deserialization():
    payload = request.get_data()
    arg = pickle.dumps({"theme": "light"})
    arg = payload
    obj = pickle.loads(arg)  # want "CWE-502"
    return "ok"
