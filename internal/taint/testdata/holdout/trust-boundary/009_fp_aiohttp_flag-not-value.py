# trust-boundary (CWE-501) FALSE-POSITIVE TRAP: the session records a constant flag and a server timestamp, not the posted text [aiohttp].
import time

from aiohttp import web
from aiohttp_session import get_session


async def accept_terms(request):
    data = await request.post()
    session = await get_session(request)
    if data.get("accept") == "yes":
        session["terms_accepted"] = True
        session["accepted_at"] = int(time.time())
    return web.json_response({"ok": True})


app = web.Application()
app.router.add_post("/terms", accept_terms)
