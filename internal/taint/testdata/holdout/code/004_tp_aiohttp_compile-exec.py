# code (CWE-94) TRUE POSITIVE: a rule body read from the JSON request is compiled and executed [aiohttp].
from aiohttp import web


async def test_rule(request):
    data = await request.json()
    source = "def rule(event):\n    return " + data["condition"] + "\n"
    namespace = {}
    exec(compile(source, "<rule>", "exec"), namespace)  # want "CWE-94"
    verdict = namespace["rule"]({"type": "login"})
    return web.json_response({"verdict": bool(verdict)})


app = web.Application()
app.router.add_post("/rules/test", test_rule)
