# xxe (CWE-611) TRUE POSITIVE: a branch decided by constant arithmetic that does pick the request value [fastapi].
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
parser = etree.XMLParser(resolve_entities=True)


@app.post("/xxe/live-ternary")
async def handle_xxe(request: Request):
    document = await request.body()
    num = 50
    arg = b"<order><id>1</id></order>" if 7 * 18 + num > 200 else document
    tree = etree.fromstring(arg, parser)  # want "CWE-611"
    return {"status": "ok"}
