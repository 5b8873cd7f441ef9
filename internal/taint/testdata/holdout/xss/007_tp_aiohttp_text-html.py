# xss (CWE-79) TRUE POSITIVE: an aiohttp response with content_type text/html echoes a path segment [aiohttp].
from aiohttp import web


async def not_found(request):
    page = request.match_info.get("page", "")
    html = "<h1>404</h1><p>The page %s does not exist.</p>" % page
    return web.Response(text=html, content_type="text/html")  # want "CWE-79"


app = web.Application()
app.router.add_get("/pages/{page}", not_found)
