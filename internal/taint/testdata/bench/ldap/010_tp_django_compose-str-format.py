# ldap (CWE-90) TRUE POSITIVE: taint through str.format [django].
import ldap
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods

conn = ldap.initialize("ldap://ldap.example.com")


@require_http_methods(["GET", "POST"])
def handle_ldap(request, uid):
    ldap_filter = '(uid={})'.format(uid)
    results = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, ldap_filter)  # want "CWE-90"
    return HttpResponse("ok")
