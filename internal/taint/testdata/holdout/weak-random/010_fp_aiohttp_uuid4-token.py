# weak-random (CWE-330) FALSE-POSITIVE TRAP: the invite token is a uuid4 (os.urandom); random only adds retry jitter [aiohttp].
import asyncio
import random
import uuid

from aiohttp import web

INVITES = {}


async def invite(request):
    token = uuid.uuid4().hex
    INVITES[token] = request.query.get("email", "")
    await asyncio.sleep(random.uniform(0.0, 0.05))
    return web.json_response({"token": token})


app = web.Application()
app.router.add_post("/invite", invite)
