# xpath (CWE-643) TRUE POSITIVE: removing single quotes does not help when the value sits in a double-quoted literal [aiohttp].
from aiohttp import web
from lxml import etree

CONFIG = etree.parse("/srv/app/config.xml")


async def setting(request):
    key = request.query.get("key", "").replace("'", "")
    values = CONFIG.xpath('//setting[@key="' + key + '"]/@value')  # want "CWE-643"
    return web.json_response({"values": [str(v) for v in values]})


app = web.Application()
app.router.add_get("/settings", setting)
