# ldap (CWE-90) TRUE POSITIVE: the login name is interpolated into an ldap3 search filter [flask].
from flask import Flask, request, abort
from ldap3 import Connection, Server, SUBTREE

app = Flask(__name__)
server = Server("ldap://ldap.example.com")
BASE_DN = "ou=people,dc=example,dc=com"


@app.route("/login", methods=["POST"])
def login():
    username = request.form["username"]
    conn = Connection(server, "cn=reader,dc=example,dc=com", "reader-pw", auto_bind=True)
    conn.search(BASE_DN, f"(&(objectClass=inetOrgPerson)(uid={username}))", SUBTREE, attributes=["cn"])  # want "CWE-90"
    if not conn.entries:
        abort(401)
    return {"cn": str(conn.entries[0].cn)}
