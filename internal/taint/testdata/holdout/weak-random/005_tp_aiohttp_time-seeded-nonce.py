# weak-random (CWE-330) TRUE POSITIVE: a CSRF nonce from random.random after seeding with the clock [aiohttp].
import random
import time

from aiohttp import web


async def form(request):
    random.seed(time.time())
    nonce = str(random.random())[2:]  # want "CWE-330"
    resp = web.Response(text="<form><input type='hidden' name='csrf' value='%s'></form>" % nonce, content_type="text/html")
    resp.set_cookie("csrf", nonce, httponly=True)
    return resp


app = web.Application()
app.router.add_get("/form", form)
