# xxe (CWE-611) TRUE POSITIVE: append then pop returns the request value [fastapi].
import io
import xml.sax
import xml.sax.handler
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/xxe/list-pop")
async def handle_xxe(request: Request):
    document = await request.body()
    items = []
    items.append(b"<order><id>1</id></order>")
    items.append(document)
    arg = items.pop()
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.parse(io.BytesIO(arg))  # want "CWE-611"
    return {"status": "ok"}
