# log (CWE-117) TRUE POSITIVE: an aiohttp middleware logs the User-Agent header with %-formatting [aiohttp].
import logging
from aiohttp import web

access = logging.getLogger("access")


@web.middleware
async def log_agent(request, handler):
    agent = request.headers.get("User-Agent", "-")
    access.info("path=%s agent=%s" % (request.path, agent))  # want "CWE-117"
    return await handler(request)


app = web.Application(middlewares=[log_agent])
