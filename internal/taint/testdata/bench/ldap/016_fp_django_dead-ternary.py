# ldap (CWE-90) FALSE-POSITIVE TRAP: a branch that constant arithmetic rules out holds the request value [django].
import ldap
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods

conn = ldap.initialize("ldap://ldap.example.com")


@require_http_methods(["GET", "POST"])
def handle_ldap(request, uid):
    num = 106
    arg = "jdoe" if 7 * 18 + num > 200 else uid
    ldap_filter = "(uid=" + arg + ")"
    results = conn.search_st("dc=example,dc=com", ldap.SCOPE_SUBTREE, ldap_filter, timeout=5)
    return HttpResponse("ok")
