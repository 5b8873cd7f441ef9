# xxe (CWE-611) FALSE-POSITIVE TRAP: defusedxml.lxml [fastapi].
import defusedxml.lxml
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/xxe/safe-defusedxml-lxml")
async def handle_xxe(request: Request):
    document = await request.body()
    tree = defusedxml.lxml.fromstring(document)
    return {"status": "ok"}
