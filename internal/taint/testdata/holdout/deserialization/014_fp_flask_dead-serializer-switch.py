# deserialization (CWE-502) FALSE-POSITIVE TRAP: the pickle branch depends on a constant serializer name that selects JSON [flask].
import json
import pickle
from flask import Flask, request

app = Flask(__name__)
SERIALIZER = "json"


def decode(blob):
    if SERIALIZER == "pickle":
        return pickle.loads(blob)
    return json.loads(blob)


@app.route("/import", methods=["POST"])
def import_data():
    records = decode(request.get_data())
    return {"count": len(records)}
