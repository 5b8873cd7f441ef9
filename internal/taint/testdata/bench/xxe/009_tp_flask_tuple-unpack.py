# xxe (CWE-611) TRUE POSITIVE: tuple unpacking picks the request value [flask].
import io
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
parser = etree.XMLParser(resolve_entities=True, dtd_validation=True)


@app.route("/xxe/tuple-unpack", methods=["GET", "POST"])
def handle_xxe():
    document = request.get_data()
    first, second = b"<order><id>1</id></order>", document
    arg = second
    doc = etree.parse(io.BytesIO(arg), parser)  # want "CWE-611"
    return "ok"
