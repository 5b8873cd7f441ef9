# ssrf (CWE-918) TRUE POSITIVE: taint through percent formatting [fastapi].
import httpx
from fastapi import Cookie, FastAPI, Request

app = FastAPI()


@app.get("/ssrf/compose-percent-formatting")
def handle_ssrf(request: Request, host: str = Cookie("")):
    url = "https://%s/api/health" % host
    with httpx.Client() as client:
        resp = client.get(url)  # want "CWE-918"
    return {"status": "ok"}
