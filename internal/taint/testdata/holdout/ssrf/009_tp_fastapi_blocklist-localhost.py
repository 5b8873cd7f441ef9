# ssrf (CWE-918) TRUE POSITIVE: a block-list of localhost names misses 169.254.169.254, internal hosts and DNS rebinding [fastapi].
from urllib.parse import urlparse

import requests
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
BLOCKED = {"localhost", "127.0.0.1", "::1"}


class Import(BaseModel):
    source: str


@app.post("/imports")
def create_import(body: Import):
    if urlparse(body.source).hostname in BLOCKED:
        raise HTTPException(400, "forbidden host")
    data = requests.get(body.source, timeout=10).content  # want "CWE-918"
    return {"size": len(data)}
