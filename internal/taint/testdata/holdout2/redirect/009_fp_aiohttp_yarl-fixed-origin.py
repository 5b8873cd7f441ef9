# redirect (CWE-601) FALSE-POSITIVE TRAP: the target is rebuilt on a fixed origin with yarl, keeping only the path of the user value [aiohttp].
from aiohttp import web
from yarl import URL

ORIGIN = URL("https://app.example.com")


async def after_checkout(request: web.Request) -> web.Response:
    requested = URL(request.query.get("return", "/orders"))
    target = ORIGIN.with_path(requested.path or "/orders")
    raise web.HTTPSeeOther(location=str(target))


app = web.Application()
app.router.add_get("/checkout/done", after_checkout)
