# ldap (CWE-90) TRUE POSITIVE: the value travels through an object attribute [fastapi].
import ldap
from fastapi import FastAPI, Header, Request

app = FastAPI()
conn = ldap.initialize("ldap://ldap.example.com")


class Holder:
    def __init__(self, value):
        self.value = value
        self.default = "jdoe"


@app.get("/ldap/class-attr")
def handle_ldap(request: Request, uid: str = Header("")):
    holder = Holder(uid)
    arg = holder.value
    ldap_filter = "(uid=" + arg + ")"
    results = conn.search_st("dc=example,dc=com", ldap.SCOPE_SUBTREE, ldap_filter, timeout=5)  # want "CWE-90"
    return {"status": "ok"}
