# ldap (CWE-90) TRUE POSITIVE: a uid from the form is formatted into an ldap3 search filter without escaping [flask].
import os

from flask import Flask, jsonify, request
from ldap3 import Connection, Server

app = Flask(__name__)
server = Server("ldaps://ldap.corp.example.com")
BASE_DN = "ou=people,dc=corp,dc=example,dc=com"


@app.post("/directory/lookup")
def lookup():
    uid = request.form.get("uid", "")
    conn = Connection(server, "cn=reader,dc=corp,dc=example,dc=com", os.environ["LDAP_READER_PASSWORD"], auto_bind=True)
    search_filter = f"(&(objectClass=person)(uid={uid}))"
    conn.search(BASE_DN, search_filter, attributes=["cn", "mail"])  # want "CWE-90"
    entries = [{"cn": str(e.cn), "mail": str(e.mail)} for e in conn.entries]
    conn.unbind()
    return jsonify(entries=entries)
