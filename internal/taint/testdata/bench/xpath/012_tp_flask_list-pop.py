# xpath (CWE-643) TRUE POSITIVE: append then pop returns the request value [flask].
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
tree = etree.parse("users.xml")


@app.route("/xpath/list-pop", methods=["GET", "POST"])
def handle_xpath():
    user = request.values.get("user", "")
    items = []
    items.append("jdoe")
    items.append(user)
    arg = items.pop()
    xpath_expr = "//user[@name='" + arg + "']"
    nodes = tree.xpath(xpath_expr)  # want "CWE-643"
    return "ok"
