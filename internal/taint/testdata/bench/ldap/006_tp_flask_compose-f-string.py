# ldap (CWE-90) TRUE POSITIVE: taint through f-string [flask].
import ldap
from flask import Flask, request

app = Flask(__name__)
conn = ldap.initialize("ldap://ldap.example.com")


@app.route("/ldap/compose-f-string", methods=["GET", "POST"])
def handle_ldap():
    uid = request.get_json()["uid"]
    ldap_filter = f"(uid={uid})"
    results = conn.search_st("dc=example,dc=com", ldap.SCOPE_SUBTREE, ldap_filter, timeout=5)  # want "CWE-90"
    return "ok"
