# deserialization (CWE-502) FALSE-POSITIVE TRAP: constant string indexing selects the constant branch [flask].
import jsonpickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization/string-switch-dead", methods=["GET", "POST"])
def handle_deserialization():
    payload = request.get_data()
    guess = "ABC"
    switch = guess[1]
    if switch == "B":
        arg = b'{"theme": "light"}'
    else:
        arg = payload
    obj = jsonpickle.decode(arg)
    return "ok"
