# ldap (CWE-90) TRUE POSITIVE: taint through concatenation [fastapi].
import ldap
from fastapi import FastAPI, Request

app = FastAPI()
conn = ldap.initialize("ldap://ldap.example.com")


@app.get("/ldap/compose-concatenation/{uid}")
def handle_ldap(request: Request, uid: str):
    ldap_filter = "(uid=" + uid + ")"
    results = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, ldap_filter)  # want "CWE-90"
    return {"status": "ok"}
