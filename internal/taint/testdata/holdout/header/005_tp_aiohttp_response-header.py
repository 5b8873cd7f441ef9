# header (CWE-113) TRUE POSITIVE: a theme name from a cookie is reflected into a custom response header [aiohttp].
from aiohttp import web


async def page(request):
    theme = request.cookies.get("theme", "light")
    resp = web.Response(text="page")
    resp.headers["X-Theme"] = theme  # want "CWE-113"
    return resp


app = web.Application()
app.router.add_get("/page", page)
