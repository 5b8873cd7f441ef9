# path (CWE-22) FALSE-POSITIVE TRAP: the target is resolved and must be relative to the docs root before it is read [fastapi].
from pathlib import Path
from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
DOCS = Path("/srv/docs").resolve()


@app.get("/docs/{page:path}", response_class=PlainTextResponse)
def read_doc(page: str):
    target = (DOCS / (page + ".md")).resolve()
    if not target.is_relative_to(DOCS):
        raise HTTPException(status_code=404)
    return target.read_text(encoding="utf-8")
