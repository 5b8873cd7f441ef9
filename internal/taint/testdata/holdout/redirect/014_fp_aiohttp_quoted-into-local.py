# redirect (CWE-601) FALSE-POSITIVE TRAP: the user value is percent-encoded into the query string of a local login path [aiohttp].
from urllib.parse import quote

from aiohttp import web


async def protected(request):
    if "user" not in request.cookies:
        wanted = request.query.get("page", "/")
        raise web.HTTPFound("/login?next=" + quote(wanted, safe=""))
    return web.Response(text="secret stuff")


app = web.Application()
app.router.add_get("/protected", protected)
