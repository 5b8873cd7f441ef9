# redirect (CWE-601) TRUE POSITIVE: an aiohttp handler raises HTTPFound with a location from the query [aiohttp].
from aiohttp import web


async def go(request):
    location = request.query.get("to", "/")
    raise web.HTTPFound(location)  # want "CWE-601"


app = web.Application()
app.router.add_get("/go", go)
