# xpath (CWE-643) TRUE POSITIVE: an author query parameter is quoted by hand inside an lxml XPath expression [flask].
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
CATALOG = etree.parse("/srv/data/catalog.xml")


@app.get("/books")
def books():
    author = request.args.get("author", "")
    titles = CATALOG.xpath(f"//book[author='{author}']/title/text()")  # want "CWE-643"
    return jsonify(titles=[str(t) for t in titles])
