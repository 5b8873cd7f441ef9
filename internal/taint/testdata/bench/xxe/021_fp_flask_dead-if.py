# xxe (CWE-611) FALSE-POSITIVE TRAP: an if statement whose constant condition is false holds the request value [flask].
import io
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
parser = etree.XMLParser(resolve_entities=True, dtd_validation=True)


@app.route("/xxe/dead-if", methods=["GET", "POST"])
def handle_xxe():
    document = request.get_data()
    num = 40
    if (num * 3) - 200 > 0:
        arg = document
    else:
        arg = b"<order><id>1</id></order>"
    doc = etree.parse(io.BytesIO(arg), parser)
    return "ok"
