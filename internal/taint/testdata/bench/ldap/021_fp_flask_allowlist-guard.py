# ldap (CWE-90) FALSE-POSITIVE TRAP: an early return unless the value is in an allow-list [flask].
from flask import Flask, request
from ldap3 import Connection, Server

app = Flask(__name__)
conn = Connection(Server("ldap://ldap.example.com"), auto_bind=True)
ALLOWED = {"jdoe", "asmith"}


@app.route("/ldap/allowlist-guard", methods=["GET", "POST"])
def handle_ldap():
    uid = request.args.get("uid", "")
    if uid not in ALLOWED:
        return "invalid request", 400
    arg = uid
    ldap_filter = "(uid=" + arg + ")"
    conn.search("ou=people,dc=example,dc=com", ldap_filter, attributes=["cn"])
    return "ok"
