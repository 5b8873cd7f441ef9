# xpath (CWE-643) FALSE-POSITIVE TRAP: the request is read but a constant reaches the sink [flask].
from flask import Flask, request
from xml.etree import ElementTree

app = Flask(__name__)
root = ElementTree.parse("users.xml").getroot()


@app.route("/xpath/constant", methods=["GET", "POST"])
def handle_xpath():
    user = request.form.get("user", "")
    arg = "jdoe"
    xpath_expr = ".//user[@name='" + arg + "']"
    node = root.find(xpath_expr)
    return "ok"
