# ldap (CWE-90) FALSE-POSITIVE TRAP: the request value is overwritten with a constant before use [flask].
import ldap
from flask import Flask, request

app = Flask(__name__)
conn = ldap.initialize("ldap://ldap.example.com")


@app.route("/ldap/overwritten/<uid>", methods=["GET", "POST"])
def handle_ldap(uid):
    arg = uid
    arg = "jdoe"
    ldap_filter = "(uid=" + arg + ")"
    results = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, ldap_filter)
    return "ok"
