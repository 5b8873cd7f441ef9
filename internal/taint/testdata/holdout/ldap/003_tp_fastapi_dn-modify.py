# ldap (CWE-90) TRUE POSITIVE: a path parameter becomes part of the DN of the entry an ldap3 modify changes [fastapi].
from fastapi import FastAPI
from ldap3 import MODIFY_REPLACE, Connection, Server

app = FastAPI()
server = Server("ldap://ldap.example.com")


@app.put("/users/{uid}/mail")
def change_mail(uid: str, mail: str):
    conn = Connection(server, "cn=admin,dc=example,dc=com", "admin-pw", auto_bind=True)
    dn = "uid=" + uid + ",ou=people,dc=example,dc=com"
    conn.modify(dn, {"mail": [(MODIFY_REPLACE, [mail])]})  # want "CWE-90"
    return {"result": conn.result["description"]}
