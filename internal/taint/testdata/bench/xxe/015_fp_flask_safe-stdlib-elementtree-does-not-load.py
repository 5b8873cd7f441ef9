# xxe (CWE-611) FALSE-POSITIVE TRAP: stdlib ElementTree does not load external entities [flask].
from flask import Flask, request
from xml.etree import ElementTree

app = Flask(__name__)


@app.route("/xxe/safe-stdlib-elementtree-does-not-load", methods=["GET", "POST"])
def handle_xxe():
    document = request.get_data()
    root = ElementTree.fromstring(document)
    return "ok"
