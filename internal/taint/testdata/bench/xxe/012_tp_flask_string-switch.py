# xxe (CWE-611) TRUE POSITIVE: constant string indexing selects the branch with the request value [flask].
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
parser = etree.XMLParser(resolve_entities=True)


@app.route("/xxe/string-switch", methods=["GET", "POST"])
def handle_xxe():
    document = request.get_data()
    guess = "ABC"
    switch = guess[2]
    if switch == "B":
        arg = b"<order><id>1</id></order>"
    else:
        arg = document
    tree = etree.fromstring(arg, parser)  # want "CWE-611"
    return "ok"
