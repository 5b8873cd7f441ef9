# xpath (CWE-643) TRUE POSITIVE: taint through f-string [flask].
import elementpath
from flask import Flask, request
from xml.etree import ElementTree

app = Flask(__name__)
root = ElementTree.parse("users.xml").getroot()


@app.route("/xpath/compose-f-string", methods=["GET", "POST"])
def handle_xpath():
    user = request.get_json()["user"]
    xpath_expr = f"//user[@name='{user}']"
    nodes = elementpath.select(root, xpath_expr)  # want "CWE-643"
    return "ok"
