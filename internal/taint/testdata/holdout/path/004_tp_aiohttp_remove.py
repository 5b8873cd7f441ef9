# path (CWE-22) TRUE POSITIVE: a name from the JSON body is joined into a cache path that is deleted [aiohttp].
import os
from aiohttp import web

CACHE_DIR = "/var/cache/thumbs"


async def purge(request):
    body = await request.json()
    key = body.get("key", "")
    victim = os.path.join(CACHE_DIR, key + ".png")
    if os.path.isfile(victim):
        os.remove(victim)  # want "CWE-22"
    return web.json_response({"purged": key})


app = web.Application()
app.router.add_post("/cache/purge", purge)
