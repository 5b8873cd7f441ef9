# ldap (CWE-90) TRUE POSITIVE: a list index read that holds the request value [django].
import ldap
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods

conn = ldap.initialize("ldap://ldap.example.com")


@require_http_methods(["GET", "POST"])
def handle_ldap(request):
    uid = request.POST.get("uid", "")
    items = ["jdoe", uid, "jdoe"]
    arg = items[1]
    ldap_filter = "(uid=" + arg + ")"
    results = conn.search_st("dc=example,dc=com", ldap.SCOPE_SUBTREE, ldap_filter, timeout=5)  # want "CWE-90"
    return HttpResponse("ok")
