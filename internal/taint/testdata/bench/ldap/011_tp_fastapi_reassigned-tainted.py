# ldap (CWE-90) TRUE POSITIVE: a safe value overwritten by the request value before use [fastapi].
import ldap
from fastapi import FastAPI, Request

app = FastAPI()
conn = ldap.initialize("ldap://ldap.example.com")


@app.get("/ldap/reassigned-tainted")
def handle_ldap(request: Request):
    uid = request.query_params.get("uid", "")
    arg = "jdoe"
    arg = uid
    ldap_filter = "(uid=" + arg + ")"
    results = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, ldap_filter)  # want "CWE-90"
    return {"status": "ok"}
