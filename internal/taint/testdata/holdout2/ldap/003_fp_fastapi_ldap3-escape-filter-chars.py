# ldap (CWE-90) FALSE-POSITIVE TRAP: the mail address is escaped with ldap3's escape_filter_chars before it enters the filter [fastapi].
from fastapi import Depends, FastAPI
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = FastAPI()
SERVER = Server("ldap://ldap.internal")


def get_conn():
    conn = Connection(SERVER, auto_bind=True)
    try:
        yield conn
    finally:
        conn.unbind()


@app.get("/people")
def people(mail: str, conn: Connection = Depends(get_conn)):
    flt = "(&(objectClass=inetOrgPerson)(mail=%s))" % escape_filter_chars(mail)
    conn.search("dc=example,dc=org", flt, attributes=["cn"])
    return {"names": [str(e.cn) for e in conn.entries]}
