# log (CWE-117) FALSE-POSITIVE TRAP: the search term is logged with %r, so CR and LF show up escaped as \r and \n [aiohttp].
import logging

from aiohttp import web

log = logging.getLogger("search")


async def search(request: web.Request) -> web.Response:
    term = request.query.get("q", "")
    log.info("search term=%r", term)
    return web.json_response({"results": [], "count": 0})


app = web.Application()
app.router.add_get("/search", search)
