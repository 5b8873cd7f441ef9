# ssrf (CWE-918) FALSE-POSITIVE TRAP: the client's callback URL is read and then replaced by the configured one before the request [aiohttp].
import aiohttp
from aiohttp import web

CALLBACK_URL = "https://hooks.internal.example/jobs"


async def finish_job(request):
    body = await request.json()
    callback = body.get("callback")
    # callbacks to client-supplied URLs were removed; always notify the internal hook
    callback = CALLBACK_URL
    async with aiohttp.ClientSession() as session:
        await session.post(callback, json={"job": body.get("job_id")})
    return web.json_response({"ok": True})


app = web.Application()
app.router.add_post("/jobs/finish", finish_job)
