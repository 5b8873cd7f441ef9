# ldap (CWE-90) TRUE POSITIVE: an autocomplete term is placed twice in an OR filter built by a directory helper class using ldap3 [tornado].
import os

import tornado.web
from ldap3 import SUBTREE, Connection, Server


class Directory:
    def __init__(self):
        self.conn = Connection(Server("ldap://ldap.internal"), os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"], auto_bind=True)

    def suggest(self, term: str) -> list[str]:
        flt = "(|(cn=*{0}*)(mail=*{0}*))".format(term)
        self.conn.search("dc=example,dc=org", flt, search_scope=SUBTREE, attributes=["cn"], size_limit=10)  # want "CWE-90"
        return [str(e.cn) for e in self.conn.entries]


directory = Directory()


class SuggestHandler(tornado.web.RequestHandler):
    def get(self):
        term = self.get_query_argument("q", "")
        self.write({"suggestions": directory.suggest(term) if len(term) >= 2 else []})
