# deserialization (CWE-502) FALSE-POSITIVE TRAP: the request body is parsed with yaml.load but with Loader=yaml.SafeLoader [aiohttp].
import yaml
from aiohttp import web


async def import_fixtures(request: web.Request) -> web.Response:
    text = await request.text()
    try:
        fixtures = yaml.load(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return web.json_response({"error": "invalid YAML"}, status=400)
    if not isinstance(fixtures, list):
        return web.json_response({"error": "expected a list"}, status=400)
    return web.json_response({"count": len(fixtures)})


app = web.Application()
app.router.add_post("/fixtures", import_fixtures)
