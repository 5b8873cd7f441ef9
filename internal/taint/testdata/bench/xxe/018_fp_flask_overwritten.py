# xxe (CWE-611) FALSE-POSITIVE TRAP: the request value is overwritten with a constant before use [flask].
import io
import xml.sax
import xml.sax.handler
from flask import Flask, request

app = Flask(__name__)


@app.route("/xxe/overwritten", methods=["GET", "POST"])
def handle_xxe():
    document = request.get_data()
    arg = document
    arg = b"<order><id>1</id></order>"
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.parse(io.BytesIO(arg))
    return "ok"
