# deserialization (CWE-502) TRUE POSITIVE: pandas.read_pickle unpickles the uploaded file [flask].
import pandas as pd
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/frames", methods=["POST"])
def load_frame():
    frame = pd.read_pickle(request.files["frame"])  # want "CWE-502"
    return jsonify(rows=len(frame))
