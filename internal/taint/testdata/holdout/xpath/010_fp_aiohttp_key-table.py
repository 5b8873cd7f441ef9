# xpath (CWE-643) FALSE-POSITIVE TRAP: the request key only selects a constant XPath from a table [aiohttp].
from aiohttp import web
from lxml import etree

CONFIG = etree.parse("/srv/app/config.xml")
QUERIES = {
    "timeout": "//setting[@key='timeout']/@value",
    "retries": "//setting[@key='retries']/@value",
}


async def setting(request):
    query = QUERIES.get(request.query.get("key", ""), "//setting[@key='timeout']/@value")
    values = CONFIG.xpath(query)
    return web.json_response({"values": [str(v) for v in values]})


app = web.Application()
app.router.add_get("/settings", setting)
