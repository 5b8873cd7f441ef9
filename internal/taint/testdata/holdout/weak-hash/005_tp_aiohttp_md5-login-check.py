# weak-hash (CWE-328) TRUE POSITIVE: login compares an MD5 of the posted password with the stored hash [aiohttp].
import hashlib
import hmac
from aiohttp import web

HASHES = {"admin": "21232f297a57a5a743894a0e4a801fc3"}


async def login(request):
    form = await request.post()
    candidate = hashlib.md5(form.get("password", "").encode()).hexdigest()  # want "CWE-328"
    ok = hmac.compare_digest(HASHES.get(form.get("user", ""), ""), candidate)
    return web.json_response({"ok": ok})


app = web.Application()
app.router.add_post("/login", login)
