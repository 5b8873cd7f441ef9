# path (CWE-22) TRUE POSITIVE: a path parameter joined with pathlib's / operator and read [fastapi].
from pathlib import Path
from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()
DOCS = Path("/srv/docs")


@app.get("/docs/{page:path}", response_class=PlainTextResponse)
def read_doc(page: str):
    target = DOCS / (page + ".md")
    return target.read_text(encoding="utf-8")  # want "CWE-22"
