# deserialization (CWE-502) TRUE POSITIVE: request data flows straight into the sink [flask].
import io
import pickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization/direct", methods=["GET", "POST"])
def handle_deserialization():
    payload = request.get_data()
    arg = payload
    obj = pickle.load(io.BytesIO(arg))  # want "CWE-502"
    return "ok"
