# weak-random (CWE-330) FALSE-POSITIVE TRAP: temporary passwords use random.SystemRandom (os.urandom); plain random only jitters a delay [aiohttp].
import asyncio
import random
import string

from aiohttp import web

_sysrand = random.SystemRandom()
ALPHABET = string.ascii_letters + string.digits + "-_"


def temporary_password(length: int = 16) -> str:
    return "".join(_sysrand.choice(ALPHABET) for _ in range(length))


async def reset_device(request: web.Request) -> web.Response:
    await asyncio.sleep(random.uniform(0.05, 0.2))
    password = temporary_password()
    return web.json_response({"temporary_password": password})


app = web.Application()
app.router.add_post("/devices/{device_id}/reset", reset_device)
