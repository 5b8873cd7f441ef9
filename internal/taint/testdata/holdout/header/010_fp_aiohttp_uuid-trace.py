# header (CWE-113) FALSE-POSITIVE TRAP: the trace id is parsed as a UUID and its canonical form is what is reflected [aiohttp].
import uuid
from aiohttp import web


async def page(request):
    try:
        trace = str(uuid.UUID(request.headers.get("X-Trace-Id", "")))
    except ValueError:
        trace = str(uuid.uuid4())
    resp = web.Response(text="page")
    resp.headers["X-Trace-Id"] = trace
    return resp


app = web.Application()
app.router.add_get("/page", page)
