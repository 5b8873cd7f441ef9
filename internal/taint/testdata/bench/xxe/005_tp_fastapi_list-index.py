# xxe (CWE-611) TRUE POSITIVE: a list index read that holds the request value [fastapi].
from fastapi import FastAPI, Request, UploadFile
from lxml import etree

app = FastAPI()


@app.post("/xxe/list-index")
async def handle_xxe(request: Request, upload: UploadFile):
    document = await upload.read()
    items = [b"<order><id>1</id></order>", document, b"<order><id>1</id></order>"]
    arg = items[1]
    tree = etree.fromstring(arg, etree.XMLParser(load_dtd=True, no_network=False))  # want "CWE-611"
    return {"status": "ok"}
