# xpath (CWE-643) FALSE-POSITIVE TRAP: the credentials are passed as XPath variables, not spliced into the expression [flask].
from flask import Flask, request, abort
from lxml import etree

app = Flask(__name__)
USERS = etree.parse("/srv/app/users.xml")


@app.route("/login", methods=["POST"])
def login():
    name = request.form.get("name", "")
    password = request.form.get("password", "")
    matches = USERS.xpath("//user[name/text()=$name and password/text()=$pw]", name=name, pw=password)
    if not matches:
        abort(401)
    return {"role": matches[0].get("role")}
