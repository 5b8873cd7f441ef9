# ldap (CWE-90) TRUE POSITIVE: html.escape leaves *, ( and ) alone, so the filter can still be widened [tornado].
import html

import tornado.web
from ldap3 import Connection, Server

server = Server("ldap://ldap.example.com")


class GroupHandler(tornado.web.RequestHandler):
    def get(self):
        group = html.escape(self.get_argument("group"))
        conn = Connection(server, auto_bind=True)
        conn.search("ou=groups,dc=example,dc=com", "(cn=" + group + ")", attributes=["member"])  # want "CWE-90"
        self.write({"members": [str(e.member) for e in conn.entries]})
