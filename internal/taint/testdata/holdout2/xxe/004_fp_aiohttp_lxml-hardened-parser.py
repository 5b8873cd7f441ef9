# xxe (CWE-611) FALSE-POSITIVE TRAP: lxml parses the invoice with resolve_entities=False, no_network=True and no DTD loading [aiohttp].
from aiohttp import web
from lxml import etree

PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


async def parse_invoice(request: web.Request) -> web.Response:
    data = await request.read()
    try:
        root = etree.fromstring(data, parser=PARSER)
    except etree.XMLSyntaxError:
        return web.json_response({"error": "malformed XML"}, status=400)
    total = root.findtext("total") or "0"
    return web.json_response({"lines": len(root.findall("line")), "total": total})


app = web.Application()
app.router.add_post("/invoices/parse", parse_invoice)
