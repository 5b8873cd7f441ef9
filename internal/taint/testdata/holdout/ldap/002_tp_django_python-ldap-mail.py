# ldap (CWE-90) TRUE POSITIVE: an e-mail address from the query string is %-formatted into a python-ldap search_s filter [django].
import ldap
from django.http import JsonResponse

BASE_DN = "ou=people,dc=example,dc=com"


def directory_lookup(request):
    email = request.GET.get("email", "")
    conn = ldap.initialize("ldap://ldap.example.com")
    conn.simple_bind_s("cn=reader,dc=example,dc=com", "reader-pw")
    flt = "(&(objectClass=person)(mail=%s))" % email
    results = conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, flt, ["cn", "telephoneNumber"])  # want "CWE-90"
    return JsonResponse({"count": len(results)})
