# deserialization (CWE-502) FALSE-POSITIVE TRAP: the request value is popped out of a dict before a constant is read [flask].
import io
import pickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization/dict-pop", methods=["GET", "POST"])
def handle_deserialization():
    payload = request.get_data()
    store = {"keyA": pickle.dumps([1, 2, 3])}
    store["keyB"] = payload
    store.pop("keyB")
    arg = store.get("keyB", store["keyA"])
    obj = pickle.load(io.BytesIO(arg))
    return "ok"
