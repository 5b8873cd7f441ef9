# deserialization (CWE-502) TRUE POSITIVE: tuple unpacking picks the request value [flask].
import marshal
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization/tuple-unpack", methods=["GET", "POST"])
def handle_deserialization():
    payload = request.get_data()
    first, second = marshal.dumps(42), payload
    arg = second
    code = marshal.loads(arg)  # want "CWE-502"
    return "ok"
