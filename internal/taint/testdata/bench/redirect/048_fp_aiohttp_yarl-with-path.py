# redirect (CWE-601) FALSE POSITIVE look-alike: yarl's with_path keeps the constant origin's scheme and host [aiohttp].
from aiohttp import web
from yarl import URL

HOME = URL("https://shop.example.com")


async def back(request):
    target = HOME.with_path(request.query.get("to", "/cart"))
    raise web.HTTPFound(location=str(target))
