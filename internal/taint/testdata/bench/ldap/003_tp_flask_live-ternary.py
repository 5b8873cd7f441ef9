# ldap (CWE-90) TRUE POSITIVE: a branch decided by constant arithmetic that does pick the request value [flask].
from flask import Flask, request
from ldap3 import Connection, Server

app = Flask(__name__)
conn = Connection(Server("ldap://ldap.example.com"), auto_bind=True)


@app.route("/ldap/live-ternary", methods=["GET", "POST"])
def handle_ldap():
    uid = request.headers.get("X-Uid", "")
    num = 50
    arg = "jdoe" if 7 * 18 + num > 200 else uid
    ldap_filter = "(uid=" + arg + ")"
    conn.search("ou=people,dc=example,dc=com", ldap_filter, attributes=["cn"])  # want "CWE-90"
    return "ok"
