# xpath (CWE-643) FALSE-POSITIVE TRAP: allow-list membership test before use [flask].
import elementpath
from flask import Flask, request
from xml.etree import ElementTree

app = Flask(__name__)
root = ElementTree.parse("users.xml").getroot()
ALLOWED = {"jdoe", "asmith"}


@app.route("/xpath/allowlist/<user>", methods=["GET", "POST"])
def handle_xpath(user):
    if user in ALLOWED:
        arg = user
    else:
        arg = "jdoe"
    xpath_expr = "//user[@name='" + arg + "']"
    nodes = elementpath.select(root, xpath_expr)
    return "ok"
