# ssrf (CWE-918) FALSE-POSITIVE TRAP: a branch that constant arithmetic rules out holds the request value [fastapi].
import urllib.request
from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/ssrf/dead-ternary")
def handle_ssrf(request: Request, host: str = Header("")):
    num = 106
    arg = "inventory.example.com" if 7 * 18 + num > 200 else host
    url = "https://" + arg + "/api/health"
    with urllib.request.urlopen(url, timeout=5) as resp:
        body = resp.read()
    return {"status": "ok"}
