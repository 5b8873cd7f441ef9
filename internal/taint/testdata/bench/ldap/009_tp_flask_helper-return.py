# ldap (CWE-90) TRUE POSITIVE: a helper in the same file passes the value through [flask].
import ldap
from flask import Flask, request

app = Flask(__name__)
conn = ldap.initialize("ldap://ldap.example.com")


def normalize(value):
    return value.strip()


@app.route("/ldap/helper-return", methods=["GET", "POST"])
def handle_ldap():
    uid = request.cookies.get("uid", "")
    arg = normalize(uid)
    ldap_filter = "(uid=" + arg + ")"
    results = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, ldap_filter)  # want "CWE-90"
    return "ok"
