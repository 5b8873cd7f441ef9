# ldap (CWE-90) TRUE POSITIVE: a group name from the query string is %-formatted into a python-ldap search_s filter [django].
import ldap
from django.conf import settings
from django.http import JsonResponse


def group_members(request):
    group = request.GET.get("group", "staff")
    conn = ldap.initialize(settings.LDAP_URI)
    conn.simple_bind_s(settings.LDAP_BIND_DN, settings.LDAP_BIND_PASSWORD)
    try:
        results = conn.search_s("ou=groups,dc=example,dc=org", ldap.SCOPE_SUBTREE, "(cn=%s)" % group, ["memberUid"])  # want "CWE-90"
    finally:
        conn.unbind_s()
    members = [m.decode() for _, attrs in results for m in attrs.get("memberUid", [])]
    return JsonResponse({"members": members})
