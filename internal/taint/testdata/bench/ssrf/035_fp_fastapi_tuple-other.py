# ssrf (CWE-918) FALSE-POSITIVE TRAP: tuple unpacking picks the constant element [fastapi].
import httpx
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/ssrf/tuple-other")
def handle_ssrf(request: Request, host: str = ""):
    first, second = "inventory.example.com", host
    arg = first
    url = "https://" + arg + "/api/health"
    resp = httpx.get(url, timeout=5)
    return {"status": "ok"}
