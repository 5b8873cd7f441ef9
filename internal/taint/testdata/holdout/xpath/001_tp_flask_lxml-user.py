# xpath (CWE-643) TRUE POSITIVE: a login name is placed inside an lxml XPath predicate with an f-string [flask].
from flask import Flask, request, abort
from lxml import etree

app = Flask(__name__)
USERS = etree.parse("/srv/app/users.xml")


@app.route("/login", methods=["POST"])
def login():
    name = request.form.get("name", "")
    password = request.form.get("password", "")
    matches = USERS.xpath(f"//user[name/text()='{name}' and password/text()='{password}']")  # want "CWE-643"
    if not matches:
        abort(401)
    return {"role": matches[0].get("role")}
