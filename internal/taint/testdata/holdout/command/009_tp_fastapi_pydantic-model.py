# command (CWE-78) TRUE POSITIVE: a field of a pydantic request body ends up in an os.system command line [fastapi].
import os
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class ArchiveRequest(BaseModel):
    path: str
    compression: str = "gz"


@app.post("/archive")
def archive(req: ArchiveRequest):
    flag = "z" if req.compression == "gz" else "j"
    status = os.system(f"tar -c{flag}f /tmp/archive.tar {req.path}")  # want "CWE-78"
    return {"status": status}
