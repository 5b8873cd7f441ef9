# xpath (CWE-643) TRUE POSITIVE: a helper in the same file passes the value through [flask].
from flask import Flask, request
from xml.etree import ElementTree

app = Flask(__name__)
root = ElementTree.parse("users.xml").getroot()


def normalize(value):
    return value.strip()


@app.route("/xpath/helper-return", methods=["GET", "POST"])
def handle_xpath():
    user = request.cookies.get("user", "")
    arg = normalize(user)
    xpath_expr = ".//user[@name='" + arg + "']"
    nodes = root.findall(xpath_expr)  # want "CWE-643"
    return "ok"
