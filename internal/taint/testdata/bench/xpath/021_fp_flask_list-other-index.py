# xpath (CWE-643) FALSE-POSITIVE TRAP: the list index read holds a constant, not the request value [flask].
from flask import Flask, request
from xml.etree import ElementTree

app = Flask(__name__)
root = ElementTree.parse("users.xml").getroot()


@app.route("/xpath/list-other-index", methods=["GET", "POST"])
def handle_xpath():
    user = request.args.get("user", "")
    items = ["jdoe", user]
    arg = items[0]
    xpath_expr = ".//user[@name='" + arg + "']"
    nodes = root.findall(xpath_expr)
    return "ok"
