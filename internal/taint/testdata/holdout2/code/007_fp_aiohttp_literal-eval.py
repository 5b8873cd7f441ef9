# code (CWE-95) FALSE-POSITIVE TRAP: the filter text is parsed with ast.literal_eval, which accepts only Python literals [aiohttp].
import ast

from aiohttp import web


async def apply_filters(request: web.Request) -> web.Response:
    raw = await request.text()
    try:
        filters = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        return web.json_response({"error": "filters must be a literal dict"}, status=400)
    if not isinstance(filters, dict):
        return web.json_response({"error": "filters must be a dict"}, status=400)
    return web.json_response({"applied": sorted(str(k) for k in filters)})


app = web.Application()
app.router.add_post("/filters", apply_filters)
