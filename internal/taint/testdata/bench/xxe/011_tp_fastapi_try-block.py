# xxe (CWE-611) TRUE POSITIVE: the value is assigned inside a try block [fastapi].
import io
from fastapi import FastAPI, Request, UploadFile
from lxml import etree

app = FastAPI()
parser = etree.XMLParser(resolve_entities=True, dtd_validation=True)


@app.post("/xxe/try-block")
async def handle_xxe(request: Request, upload: UploadFile):
    document = await upload.read()
    try:
        arg = document
    except (KeyError, ValueError):
        arg = b"<order><id>1</id></order>"
    doc = etree.parse(io.BytesIO(arg), parser)  # want "CWE-611"
    return {"status": "ok"}
