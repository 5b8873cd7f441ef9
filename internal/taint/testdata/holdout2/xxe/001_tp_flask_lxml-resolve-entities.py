# xxe (CWE-611) TRUE POSITIVE: the request body is parsed by lxml with a parser that loads the DTD and resolves external entities [flask].
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)


@app.post("/import/products")
def import_products():
    root = etree.fromstring(request.get_data(), parser=PARSER)  # want "CWE-611"
    names = [p.findtext("name") for p in root.iter("product")]
    return jsonify(imported=len(names))
