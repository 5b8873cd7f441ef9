# ldap (CWE-90) FALSE-POSITIVE TRAP: a helper in the same file sanitises the value [fastapi].
from fastapi import FastAPI, Header, Request
from ldap.filter import escape_filter_chars
from ldap3 import Connection, Server

app = FastAPI()
conn = Connection(Server("ldap://ldap.example.com"), auto_bind=True)


def clean(value):
    return escape_filter_chars(value)


@app.get("/ldap/helper-sanitizer")
def handle_ldap(request: Request, uid: str = Header("")):
    arg = clean(uid)
    ldap_filter = "(uid=" + arg + ")"
    conn.search("ou=people,dc=example,dc=com", ldap_filter, attributes=["cn"])
    return {"status": "ok"}
