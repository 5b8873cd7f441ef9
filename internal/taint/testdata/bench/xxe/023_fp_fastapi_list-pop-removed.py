# xxe (CWE-611) FALSE-POSITIVE TRAP: the request value is appended and popped off before the list is read [fastapi].
import io
from fastapi import FastAPI, Request, UploadFile
from lxml import etree

app = FastAPI()
parser = etree.XMLParser(resolve_entities=True, dtd_validation=True)


@app.post("/xxe/list-pop-removed")
async def handle_xxe(request: Request, upload: UploadFile):
    document = await upload.read()
    items = [b"<order><id>1</id></order>"]
    items.append(document)
    items.pop()
    arg = items[0]
    doc = etree.parse(io.BytesIO(arg), parser)
    return {"status": "ok"}
