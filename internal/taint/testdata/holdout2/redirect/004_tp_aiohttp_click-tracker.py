# redirect (CWE-601) TRUE POSITIVE: a click-tracking endpoint counts the campaign and forwards to the "u" query value with HTTPFound [aiohttp].
from collections import Counter

from aiohttp import web

clicks: Counter[str] = Counter()


async def track_click(request: web.Request) -> web.Response:
    campaign = request.query.get("c", "none")
    target = request.query.get("u", "https://www.example.com/")
    clicks[campaign] += 1
    raise web.HTTPFound(location=target)  # want "CWE-601"


app = web.Application()
app.router.add_get("/r", track_click)
