# xpath (CWE-643) FALSE-POSITIVE TRAP: the object holds the request value in another attribute [flask].
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
tree = etree.parse("users.xml")


class Holder:
    def __init__(self, value):
        self.value = value
        self.default = "jdoe"


@app.route("/xpath/class-attr-other", methods=["GET", "POST"])
def handle_xpath():
    user = request.headers.get("X-User", "")
    holder = Holder(user)
    arg = holder.default
    xpath_expr = "//user[@name='" + arg + "']"
    nodes = tree.xpath(xpath_expr)
    return "ok"
