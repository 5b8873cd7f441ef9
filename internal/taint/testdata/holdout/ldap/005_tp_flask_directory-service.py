# ldap (CWE-90) TRUE POSITIVE: a directory service object builds the filter from a department the view takes from the request [flask].
from flask import Flask, request
from ldap3 import Connection, Server

app = Flask(__name__)


class Directory:
    def __init__(self, url, base):
        self.conn = Connection(Server(url), auto_bind=True)
        self.base = base

    def _filter(self, department):
        return "(&(objectClass=person)(departmentNumber={}))".format(department)

    def people_in(self, department):
        self.conn.search(self.base, self._filter(department), attributes=["cn"])  # want "CWE-90"
        return [str(e.cn) for e in self.conn.entries]


directory = Directory("ldap://ldap.example.com", "ou=people,dc=example,dc=com")


@app.route("/people")
def people():
    return {"people": directory.people_in(request.args.get("dept", "42"))}
