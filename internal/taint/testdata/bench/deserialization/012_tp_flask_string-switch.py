# deserialization (CWE-502) TRUE POSITIVE: constant string indexing selects the branch with the request value [flask].
import jsonpickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization/string-switch", methods=["GET", "POST"])
def handle_deserialization():
    payload = request.get_data()
    guess = "ABC"
    switch = guess[2]
    if switch == "B":
        arg = b'{"theme": "light"}'
    else:
        arg = payload
    obj = jsonpickle.decode(arg)  # want "CWE-502"
    return "ok"
