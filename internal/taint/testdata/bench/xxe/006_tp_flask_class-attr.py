# xxe (CWE-611) TRUE POSITIVE: the value travels through an object attribute [flask].
import io
import xml.sax
import xml.sax.handler
from flask import Flask, request

app = Flask(__name__)


class Holder:
    def __init__(self, value):
        self.value = value
        self.default = b"<order><id>1</id></order>"


@app.route("/xxe/class-attr", methods=["GET", "POST"])
def handle_xxe():
    document = request.get_data()
    holder = Holder(document)
    arg = holder.value
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.parse(io.BytesIO(arg))  # want "CWE-611"
    return "ok"
