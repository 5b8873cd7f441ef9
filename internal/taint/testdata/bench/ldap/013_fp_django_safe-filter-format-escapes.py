# ldap (CWE-90) FALSE-POSITIVE TRAP: filter_format escapes [django].
import ldap
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods
from ldap.filter import filter_format


@require_http_methods(["GET", "POST"])
def handle_ldap(request):
    uid = request.POST.get("uid", "")
    conn = ldap.initialize("ldap://ldap.example.com")
    results = conn.search_s("ou=people,dc=example,dc=com", ldap.SCOPE_SUBTREE, filter_format("(uid=%s)", [uid]))
    return HttpResponse("ok")
