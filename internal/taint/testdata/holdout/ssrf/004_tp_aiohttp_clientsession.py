# ssrf (CWE-918) TRUE POSITIVE: an aiohttp proxy endpoint fetches the target given in the query with ClientSession [aiohttp].
import aiohttp
from aiohttp import web


async def fetch(request):
    target = request.query.get("target", "")
    async with aiohttp.ClientSession() as session:
        async with session.get(target) as upstream:  # want "CWE-918"
            body = await upstream.read()
    return web.Response(body=body, content_type="application/octet-stream")


app = web.Application()
app.router.add_get("/fetch", fetch)
