# ldap (CWE-90) FALSE-POSITIVE TRAP: the department number is int()-converted inside the service before the filter is built [flask].
from flask import Flask, request
from ldap3 import Connection, Server

app = Flask(__name__)


class Directory:
    def __init__(self, url, base):
        self.conn = Connection(Server(url), auto_bind=True)
        self.base = base

    def people_in(self, department):
        flt = "(&(objectClass=person)(departmentNumber=%d))" % int(department)
        self.conn.search(self.base, flt, attributes=["cn"])
        return [str(e.cn) for e in self.conn.entries]


directory = Directory("ldap://ldap.example.com", "ou=people,dc=example,dc=com")


@app.route("/people")
def people():
    return {"people": directory.people_in(request.args.get("dept", "42"))}
