# redirect (CWE-601) TRUE POSITIVE: the URL itself comes from the query, so with_path keeps the attacker's host [aiohttp].
from aiohttp import web
from yarl import URL


async def back(request):
    target = URL(request.query.get("to", "/")).with_path("/welcome")
    raise web.HTTPFound(location=str(target))  # want "CWE-601"
