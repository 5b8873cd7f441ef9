# ldap (CWE-90) TRUE POSITIVE: the dangerous call sits in a helper that receives the request value [fastapi].
from fastapi import FastAPI, Request
from ldap3 import Connection, Server

app = FastAPI()
conn = Connection(Server("ldap://ldap.example.com"), auto_bind=True)


def run_sink(ldap_filter):
    conn.search("ou=people,dc=example,dc=com", ldap_filter, attributes=["cn"])  # want "CWE-90"


@app.get("/ldap/helper-sink")
def handle_ldap(request: Request, uid: str = ""):
    arg = uid
    ldap_filter = "(uid=" + arg + ")"
    run_sink(ldap_filter)
    return {"status": "ok"}
