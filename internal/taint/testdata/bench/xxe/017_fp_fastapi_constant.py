# xxe (CWE-611) FALSE-POSITIVE TRAP: the request is read but a constant reaches the sink [fastapi].
from fastapi import FastAPI, Request, UploadFile
from lxml import etree

app = FastAPI()


@app.post("/xxe/constant")
async def handle_xxe(request: Request, upload: UploadFile):
    document = await upload.read()
    arg = b"<order><id>1</id></order>"
    tree = etree.fromstring(arg, etree.XMLParser(load_dtd=True, no_network=False))
    return {"status": "ok"}
