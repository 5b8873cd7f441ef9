# ldap (CWE-90) FALSE-POSITIVE TRAP: sanitised with escape_filter_chars() [flask].
import ldap
from flask import Flask, request
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
conn = ldap.initialize("ldap://ldap.example.com")


@app.route("/ldap/sanitizer-escape-filter-chars", methods=["GET", "POST"])
def handle_ldap():
    uid = request.form.get("uid", "")
    arg = escape_filter_chars(uid)
    ldap_filter = "(uid=" + arg + ")"
    results = conn.search_st("dc=example,dc=com", ldap.SCOPE_SUBTREE, ldap_filter, timeout=5)
    return "ok"
