# xss (CWE-79) FALSE-POSITIVE TRAP: the echo is served as text/plain, which browsers do not render as HTML [aiohttp].
from aiohttp import web


async def not_found(request):
    page = request.match_info.get("page", "")
    text = "404: the page %s does not exist." % page
    return web.Response(text=text, content_type="text/plain", headers={"X-Content-Type-Options": "nosniff"})


app = web.Application()
app.router.add_get("/pages/{page}", not_found)
