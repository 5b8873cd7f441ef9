# xxe (CWE-611) TRUE POSITIVE: the raw request body is parsed by an lxml parser that resolves entities and may load DTDs [flask].
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
PARSER = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)


@app.route("/api/orders", methods=["POST"])
def import_orders():
    root = etree.fromstring(request.data, PARSER)  # want "CWE-611"
    ids = [o.get("id") for o in root.iter("order")]
    return {"imported": ids}
