# xxe (CWE-611) FALSE-POSITIVE TRAP: the entity-resolving parser only reads a fixed server-side config file; the request picks a key [aiohttp].
from aiohttp import web
from lxml import etree

PARSER = etree.XMLParser(resolve_entities=True, load_dtd=True)


async def config_value(request):
    key = request.query.get("key", "timeout")
    tree = etree.parse("/etc/myapp/config.xml", PARSER)
    node = tree.find("setting[@key='timeout']") if key == "timeout" else None
    return web.json_response({"value": node.text if node is not None else None})


app = web.Application()
app.router.add_get("/config", config_value)
