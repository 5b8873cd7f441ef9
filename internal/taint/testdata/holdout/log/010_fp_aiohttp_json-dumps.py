# log (CWE-117) FALSE-POSITIVE TRAP: json.dumps escapes control characters in the User-Agent before it is logged [aiohttp].
import json
import logging
from aiohttp import web

access = logging.getLogger("access")


@web.middleware
async def log_agent(request, handler):
    agent = json.dumps(request.headers.get("User-Agent", "-"))
    access.info("agent=" + agent)
    return await handler(request)


app = web.Application(middlewares=[log_agent])
