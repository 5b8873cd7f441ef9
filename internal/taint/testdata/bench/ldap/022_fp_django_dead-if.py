# ldap (CWE-90) FALSE-POSITIVE TRAP: an if statement whose constant condition is false holds the request value [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods
from ldap3 import Connection, Server

conn = Connection(Server("ldap://ldap.example.com"), auto_bind=True)


@require_http_methods(["GET", "POST"])
def handle_ldap(request, uid):
    num = 40
    if (num * 3) - 200 > 0:
        arg = uid
    else:
        arg = "jdoe"
    ldap_filter = "(uid=" + arg + ")"
    conn.search("ou=people,dc=example,dc=com", ldap_filter, attributes=["cn"])
    return HttpResponse("ok")
