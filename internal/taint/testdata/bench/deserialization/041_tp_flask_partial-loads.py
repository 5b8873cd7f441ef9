# deserialization (CWE-502) TRUE POSITIVE: functools.partial(pickle.loads, data) called later [flask].
import pickle
from functools import partial
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization/partial", methods=["POST"])
def restore():
    loader = partial(pickle.loads, request.get_data())
    state = loader()  # want "CWE-502"
    return {"keys": list(state)}
