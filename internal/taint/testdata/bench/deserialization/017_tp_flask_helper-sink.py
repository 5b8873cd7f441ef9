# deserialization (CWE-502) TRUE POSITIVE: the dangerous call sits in a helper that receives the request value [flask].
import dill
from flask import Flask, request

app = Flask(__name__)


def run_sink(arg):
    obj = dill.loads(arg)  # want "CWE-502"


@app.route("/deserialization/helper-sink", methods=["GET", "POST"])
def handle_deserialization():
    payload = request.get_data()
    arg = payload
    run_sink(arg)
    return "ok"
