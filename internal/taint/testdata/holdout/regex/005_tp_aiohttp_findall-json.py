# regex (CWE-730) TRUE POSITIVE: a pattern from the JSON body is used with re.findall on a large document [aiohttp].
import re
from aiohttp import web

DOCUMENT = open("/srv/app/corpus.txt").read()


async def extract(request):
    body = await request.json()
    pattern = body.get("pattern", r"\w+")
    found = re.findall(pattern, DOCUMENT)  # want "CWE-730"
    return web.json_response({"count": len(found)})


app = web.Application()
app.router.add_post("/extract", extract)
