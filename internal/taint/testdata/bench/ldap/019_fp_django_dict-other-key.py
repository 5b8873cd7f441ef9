# ldap (CWE-90) FALSE-POSITIVE TRAP: the request value sits under one dict key and another key is read [django].
import ldap
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods

conn = ldap.initialize("ldap://ldap.example.com")


@require_http_methods(["GET", "POST"])
def handle_ldap(request):
    uid = request.POST.get("uid", "")
    store = {}
    store["keyA"] = uid
    store["keyB"] = "jdoe"
    arg = store["keyB"]
    ldap_filter = "(uid=" + arg + ")"
    results = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, ldap_filter)
    return HttpResponse("ok")
