# path (CWE-22) TRUE POSITIVE: a path parameter is joined onto a pathlib base directory and served with FileResponse [fastapi].
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
EXPORTS = Path("/srv/exports")


@app.get("/exports/{name:path}")
async def download(name: str):
    target = EXPORTS / name
    if target.suffix not in {".csv", ".xlsx", ".pdf"}:
        raise HTTPException(status_code=404)
    return FileResponse(target, filename=target.name)  # want "CWE-22"
