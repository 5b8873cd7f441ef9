# xxe (CWE-611) FALSE-POSITIVE TRAP: the object holds the request value in another attribute [flask].
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
parser = etree.XMLParser(resolve_entities=True)


class Holder:
    def __init__(self, value):
        self.value = value
        self.default = b"<order><id>1</id></order>"


@app.route("/xxe/class-attr-other", methods=["GET", "POST"])
def handle_xxe():
    document = request.get_data()
    holder = Holder(document)
    arg = holder.default
    tree = etree.fromstring(arg, parser)
    return "ok"
