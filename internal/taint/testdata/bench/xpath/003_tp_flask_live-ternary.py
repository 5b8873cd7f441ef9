# xpath (CWE-643) TRUE POSITIVE: a branch decided by constant arithmetic that does pick the request value [flask].
from flask import Flask, request
from xml.etree import ElementTree

app = Flask(__name__)
root = ElementTree.parse("users.xml").getroot()


@app.route("/xpath/live-ternary", methods=["GET", "POST"])
def handle_xpath():
    user = request.headers.get("X-User", "")
    num = 50
    arg = "jdoe" if 7 * 18 + num > 200 else user
    xpath_expr = ".//user[@name='" + arg + "']"
    node = root.find(xpath_expr)  # want "CWE-643"
    return "ok"
