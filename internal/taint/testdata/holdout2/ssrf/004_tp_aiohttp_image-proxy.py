# ssrf (CWE-918) TRUE POSITIVE: an image proxy fetches whatever "src" URL the query string names with aiohttp.ClientSession [aiohttp].
import aiohttp
from aiohttp import web

ALLOWED_TYPES = ("image/png", "image/jpeg", "image/gif")


async def image_proxy(request: web.Request) -> web.Response:
    src = request.query["src"]
    async with aiohttp.ClientSession() as http:
        async with http.get(src, allow_redirects=False) as upstream:  # want "CWE-918"
            ctype = upstream.headers.get("Content-Type", "").split(";")[0].strip()
            if ctype not in ALLOWED_TYPES:
                raise web.HTTPUnsupportedMediaType()
            body = await upstream.read()
    return web.Response(body=body, content_type=ctype)


app = web.Application()
app.router.add_get("/img", image_proxy)
