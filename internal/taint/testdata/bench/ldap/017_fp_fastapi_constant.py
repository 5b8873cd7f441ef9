# ldap (CWE-90) FALSE-POSITIVE TRAP: the request is read but a constant reaches the sink [fastapi].
import ldap
from fastapi import FastAPI, Request

app = FastAPI()
conn = ldap.initialize("ldap://ldap.example.com")


@app.get("/ldap/constant/{uid}")
def handle_ldap(request: Request, uid: str):
    arg = "jdoe"
    ldap_filter = "(uid=" + arg + ")"
    results = conn.search_st("dc=example,dc=com", ldap.SCOPE_SUBTREE, ldap_filter, timeout=5)
    return {"status": "ok"}
