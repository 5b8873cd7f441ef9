# ldap (CWE-90) FALSE-POSITIVE TRAP: the list index read holds a constant, not the request value [flask].
import ldap
from flask import Flask, request

app = Flask(__name__)
conn = ldap.initialize("ldap://ldap.example.com")


@app.route("/ldap/list-other-index", methods=["GET", "POST"])
def handle_ldap():
    uid = request.headers.get("X-Uid", "")
    items = ["jdoe", uid]
    arg = items[0]
    ldap_filter = "(uid=" + arg + ")"
    results = conn.search_st("dc=example,dc=com", ldap.SCOPE_SUBTREE, ldap_filter, timeout=5)
    return "ok"
