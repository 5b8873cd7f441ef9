import json
import pickle
import yaml
from flask import request


def restore():
    blob = request.get_data()
    pickle.loads(blob)  # want "request.get_data\\(\\) flows to pickle.loads: unsafe deserialization"
    yaml.load(blob)  # want "flows to yaml.load"
    yaml.load(blob, Loader=yaml.SafeLoader)
    yaml.safe_load(blob)
    json.loads(blob)
    pickle.loads(b"static")
