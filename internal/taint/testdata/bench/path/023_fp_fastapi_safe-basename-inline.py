# path (CWE-22) FALSE-POSITIVE TRAP: basename inline [fastapi].
import os
from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/path/safe-basename-inline")
def handle_path(request: Request, filename: str = Header("")):
    with open(os.path.join("/srv/app/uploads", os.path.basename(filename))) as fh:
        content = fh.read()
    return {"status": "ok"}
