# ldap (CWE-90) FALSE-POSITIVE TRAP: the uid is escaped with escape_rdn before it is placed in the DN [fastapi].
from fastapi import FastAPI
from ldap3 import MODIFY_REPLACE, Connection, Server
from ldap3.utils.dn import escape_rdn

app = FastAPI()
server = Server("ldap://ldap.example.com")


@app.put("/users/{uid}/mail")
def change_mail(uid: str, mail: str):
    conn = Connection(server, "cn=admin,dc=example,dc=com", "admin-pw", auto_bind=True)
    dn = "uid=" + escape_rdn(uid) + ",ou=people,dc=example,dc=com"
    conn.modify(dn, {"mail": [(MODIFY_REPLACE, [mail])]})
    return {"result": conn.result["description"]}
