# deserialization (CWE-502) TRUE POSITIVE: an aiohttp endpoint accepts marshal-encoded task payloads [aiohttp].
import marshal
from aiohttp import web


async def submit(request):
    raw = await request.read()
    task = marshal.loads(raw)  # want "CWE-502"
    request.app["queue"].append(task)
    return web.json_response({"queued": len(request.app["queue"])})


app = web.Application()
app["queue"] = []
app.router.add_post("/tasks", submit)
