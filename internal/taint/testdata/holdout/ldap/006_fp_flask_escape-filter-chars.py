# ldap (CWE-90) FALSE-POSITIVE TRAP: the login name is escaped with ldap3's escape_filter_chars before it enters the filter [flask].
from flask import Flask, request, abort
from ldap3 import Connection, Server, SUBTREE
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
server = Server("ldap://ldap.example.com")
BASE_DN = "ou=people,dc=example,dc=com"


@app.route("/login", methods=["POST"])
def login():
    username = escape_filter_chars(request.form["username"])
    conn = Connection(server, "cn=reader,dc=example,dc=com", "reader-pw", auto_bind=True)
    conn.search(BASE_DN, f"(&(objectClass=inetOrgPerson)(uid={username}))", SUBTREE, attributes=["cn"])
    if not conn.entries:
        abort(401)
    return {"cn": str(conn.entries[0].cn)}
