# xxe (CWE-611) TRUE POSITIVE: the request value is stored and read back under the same dict key [flask].
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xxe/dict-same-key", methods=["GET", "POST"])
def handle_xxe():
    document = request.get_data()
    store = {}
    store["keyA"] = document
    store["keyB"] = b"<order><id>1</id></order>"
    arg = store["keyA"]
    tree = etree.fromstring(arg, etree.XMLParser(load_dtd=True, no_network=False))  # want "CWE-611"
    return "ok"
