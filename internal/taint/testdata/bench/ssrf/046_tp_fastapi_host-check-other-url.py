# ssrf (CWE-918) TRUE POSITIVE: the allow-list checks the callback URL, but the request goes to the redirect URL [fastapi].
from urllib.parse import urlparse

import httpx
from fastapi import FastAPI, HTTPException

app = FastAPI()
ALLOWED = {"partner.example.com"}


@app.post("/link")
def link(callback: str, follow: str):
    if urlparse(callback).hostname not in ALLOWED:
        raise HTTPException(400, "host not allowed")
    return {"status": httpx.get(follow, timeout=5).status_code}  # want "CWE-918"
