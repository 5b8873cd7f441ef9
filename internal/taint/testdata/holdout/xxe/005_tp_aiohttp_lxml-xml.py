# xxe (CWE-611) TRUE POSITIVE: request text goes to etree.XML with a parser that resolves entities and allows network access [aiohttp].
from aiohttp import web
from lxml import etree


async def validate(request):
    text = await request.text()
    parser = etree.XMLParser(resolve_entities=True, no_network=False, dtd_validation=True)
    doc = etree.XML(text.encode("utf-8"), parser)  # want "CWE-611"
    return web.json_response({"root": doc.tag})


app = web.Application()
app.router.add_post("/validate", validate)
