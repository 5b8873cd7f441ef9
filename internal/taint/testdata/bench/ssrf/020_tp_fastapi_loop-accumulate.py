# ssrf (CWE-918) TRUE POSITIVE: the value is copied element by element in a loop [fastapi].
import httpx
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/ssrf/loop-accumulate")
def handle_ssrf(request: Request, host: str = ""):
    parts = []
    for piece in host.split(','):
        parts.append(piece)
    arg = ",".join(parts)
    url = "https://" + arg + "/api/health"
    resp = httpx.get(url, timeout=5)  # want "CWE-918"
    return {"status": "ok"}
