# xxe (CWE-611) FALSE-POSITIVE TRAP: the uploaded sitemap is parsed with defusedxml.ElementTree, which forbids DTDs and entities [fastapi].
from defusedxml import ElementTree as DET
from defusedxml.common import DefusedXmlException
from fastapi import FastAPI, HTTPException, Request

app = FastAPI()
NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@app.post("/sitemaps/validate")
async def validate(request: Request):
    body = await request.body()
    try:
        root = DET.fromstring(body)
    except (DET.ParseError, DefusedXmlException):
        raise HTTPException(status_code=400, detail="invalid sitemap")
    return {"urls": sum(1 for _ in root.iter(f"{NS}loc"))}
