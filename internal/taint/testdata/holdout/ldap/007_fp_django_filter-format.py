# ldap (CWE-90) FALSE-POSITIVE TRAP: python-ldap's filter_format escapes the e-mail address [django].
import ldap
import ldap.filter
from django.http import JsonResponse

BASE_DN = "ou=people,dc=example,dc=com"


def directory_lookup(request):
    email = request.GET.get("email", "")
    conn = ldap.initialize("ldap://ldap.example.com")
    conn.simple_bind_s("cn=reader,dc=example,dc=com", "reader-pw")
    flt = ldap.filter.filter_format("(&(objectClass=person)(mail=%s))", [email])
    results = conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, flt, ["cn", "telephoneNumber"])
    return JsonResponse({"count": len(results)})
