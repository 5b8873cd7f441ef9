# xxe (CWE-611) FALSE-POSITIVE TRAP: the request body is parsed with defusedxml, which forbids entities and DTDs [flask].
from defusedxml import ElementTree as DET
from flask import Flask, request

app = Flask(__name__)


@app.route("/api/orders", methods=["POST"])
def import_orders():
    root = DET.fromstring(request.data)
    ids = [o.get("id") for o in root.iter("order")]
    return {"imported": ids}
