# trust-boundary (CWE-501) TRUE POSITIVE: an aiohttp_session session gets the user name straight from the posted form [aiohttp].
from aiohttp import web
from aiohttp_session import get_session


async def impersonate(request):
    data = await request.post()
    session = await get_session(request)
    session["user"] = data.get("user", "")  # want "CWE-501"
    return web.json_response({"ok": True})


app = web.Application()
app.router.add_post("/impersonate", impersonate)
