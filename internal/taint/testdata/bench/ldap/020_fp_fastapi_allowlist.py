# ldap (CWE-90) FALSE-POSITIVE TRAP: allow-list membership test before use [fastapi].
import ldap
from fastapi import FastAPI, Request

app = FastAPI()
conn = ldap.initialize("ldap://ldap.example.com")
ALLOWED = {"jdoe", "asmith"}


@app.get("/ldap/allowlist")
def handle_ldap(request: Request, uid: str = ""):
    if uid in ALLOWED:
        arg = uid
    else:
        arg = "jdoe"
    ldap_filter = "(uid=" + arg + ")"
    results = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, ldap_filter)
    return {"status": "ok"}
