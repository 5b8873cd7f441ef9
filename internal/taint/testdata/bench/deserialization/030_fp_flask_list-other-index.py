# deserialization (CWE-502) FALSE-POSITIVE TRAP: the list index read holds a constant, not the request value [flask].
import marshal
from flask import Flask, request

app = Flask(__name__)


@app.route("/deserialization/list-other-index", methods=["GET", "POST"])
def handle_deserialization():
    payload = request.get_data()
    items = [marshal.dumps(42), payload]
    arg = items[0]
    code = marshal.loads(arg)
    return "ok"
