# ldap (CWE-90) FALSE-POSITIVE TRAP: the group name must be one of the known groups before it enters the filter [tornado].
import tornado.web
from ldap3 import Connection, Server

server = Server("ldap://ldap.example.com")
KNOWN_GROUPS = {"admins", "developers", "support"}


class GroupHandler(tornado.web.RequestHandler):
    def get(self):
        group = self.get_argument("group")
        if group not in KNOWN_GROUPS:
            raise tornado.web.HTTPError(404)
        conn = Connection(server, auto_bind=True)
        conn.search("ou=groups,dc=example,dc=com", "(cn=" + group + ")", attributes=["member"])
        self.write({"members": [str(e.member) for e in conn.entries]})
