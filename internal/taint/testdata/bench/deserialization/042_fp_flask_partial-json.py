# deserialization (CWE-502) FALSE-POSITIVE TRAP: functools.partial(pickle.loads) of a constant blob; request data goes to json [flask].
import json
import pickle
from functools import partial
from flask import Flask, request

app = Flask(__name__)
DEFAULTS = pickle.dumps({"theme": "light"})
load_defaults = partial(pickle.loads, DEFAULTS)


@app.route("/deserialization/partial-constant", methods=["POST"])
def restore():
    state = load_defaults()
    state.update(json.loads(request.get_data()))
    return state
