# ldap (CWE-90) TRUE POSITIVE: the request value is stored and read back under the same dict key [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods
from ldap3 import Connection, Server

conn = Connection(Server("ldap://ldap.example.com"), auto_bind=True)


@require_http_methods(["GET", "POST"])
def handle_ldap(request, uid):
    store = {}
    store["keyA"] = uid
    store["keyB"] = "jdoe"
    arg = store["keyA"]
    ldap_filter = "(uid=" + arg + ")"
    conn.search("ou=people,dc=example,dc=com", ldap_filter, attributes=["cn"])  # want "CWE-90"
    return HttpResponse("ok")
