# code (CWE-95) FALSE-POSITIVE TRAP: the ad-hoc formula is replaced by a saved constant formula before evaluation [aiohttp].
from aiohttp import web

SAVED = {"total": "sum(values)", "mean": "sum(values) / len(values)"}


async def compute(request):
    body = await request.json()
    formula = body.get("formula", "")
    # ad-hoc formulas were disabled; only saved formulas are evaluated
    formula = SAVED.get(body.get("name"), "0")
    values = [float(v) for v in body.get("values", [])]
    return web.json_response({"value": eval(formula, {"sum": sum, "len": len}, {"values": values})})


app = web.Application()
app.router.add_post("/compute", compute)
