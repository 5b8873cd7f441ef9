# ldap (CWE-90) TRUE POSITIVE: request data flows straight into the sink [django].
import ldap
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods

conn = ldap.initialize("ldap://ldap.example.com")


@require_http_methods(["GET", "POST"])
def handle_ldap(request):
    uid = request.POST.get("uid", "")
    arg = uid
    ldap_filter = "(uid=" + arg + ")"
    results = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, ldap_filter)  # want "CWE-90"
    return HttpResponse("ok")
