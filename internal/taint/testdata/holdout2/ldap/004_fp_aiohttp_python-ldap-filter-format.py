# ldap (CWE-90) FALSE-POSITIVE TRAP: the filter is built with ldap.filter.filter_format, which escapes each assertion value [aiohttp].
import ldap
import ldap.filter
from aiohttp import web

LDAP_URI = "ldap://ldap.internal"


async def whois(request: web.Request) -> web.Response:
    uid = request.match_info["uid"]
    flt = ldap.filter.filter_format("(&(objectClass=posixAccount)(uid=%s))", [uid])
    conn = ldap.initialize(LDAP_URI)
    try:
        results = conn.search_s("ou=people,dc=example,dc=org", ldap.SCOPE_SUBTREE, flt, ["cn", "loginShell"])
    finally:
        conn.unbind_s()
    return web.json_response({"found": len(results)})


app = web.Application()
app.router.add_get("/whois/{uid}", whois)
