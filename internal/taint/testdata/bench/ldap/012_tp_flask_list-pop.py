# ldap (CWE-90) TRUE POSITIVE: append then pop returns the request value [flask].
from flask import Flask, request
from ldap3 import Connection, Server

app = Flask(__name__)
conn = Connection(Server("ldap://ldap.example.com"), auto_bind=True)


@app.route("/ldap/list-pop", methods=["GET", "POST"])
def handle_ldap():
    uid = request.values.get("uid", "")
    items = []
    items.append("jdoe")
    items.append(uid)
    arg = items.pop()
    ldap_filter = "(uid=" + arg + ")"
    conn.search("ou=people,dc=example,dc=com", ldap_filter, attributes=["cn"])  # want "CWE-90"
    return "ok"
