# xxe (CWE-611) FALSE-POSITIVE TRAP: entities disabled [fastapi].
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()


@app.post("/xxe/safe-entities-disabled")
async def handle_xxe(request: Request):
    document = await request.body()
    tree = etree.fromstring(document, etree.XMLParser(resolve_entities=False, no_network=True))
    return {"status": "ok"}
