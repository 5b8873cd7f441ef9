# ldap (CWE-90) FALSE-POSITIVE TRAP: sanitised with escape_filter_chars() [fastapi].
from fastapi import Cookie, FastAPI, Request
from ldap.filter import escape_filter_chars
from ldap3 import Connection, Server

app = FastAPI()
conn = Connection(Server("ldap://ldap.example.com"), auto_bind=True)


@app.get("/ldap/sanitizer-escape-filter-chars")
def handle_ldap(request: Request, uid: str = Cookie("")):
    arg = escape_filter_chars(uid)
    ldap_filter = "(uid=" + arg + ")"
    conn.search("ou=people,dc=example,dc=com", ldap_filter, attributes=["cn"])
    return {"status": "ok"}
