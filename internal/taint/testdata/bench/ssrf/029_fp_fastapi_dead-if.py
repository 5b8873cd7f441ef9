# ssrf (CWE-918) FALSE-POSITIVE TRAP: an if statement whose constant condition is false holds the request value [fastapi].
import httpx
from fastapi import Cookie, FastAPI, Request

app = FastAPI()


@app.get("/ssrf/dead-if")
def handle_ssrf(request: Request, host: str = Cookie("")):
    num = 40
    if (num * 3) - 200 > 0:
        arg = host
    else:
        arg = "inventory.example.com"
    url = "https://" + arg + "/api/health"
    with httpx.Client() as client:
        resp = client.get(url)
    return {"status": "ok"}
