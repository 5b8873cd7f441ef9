# ssrf (CWE-918) TRUE POSITIVE: the dangerous call sits in a helper that receives the request value [fastapi].
import httpx
from fastapi import FastAPI, Request

app = FastAPI()


def run_sink(url):
    resp = httpx.get(url, timeout=5)  # want "CWE-918"


@app.get("/ssrf/helper-sink")
def handle_ssrf(request: Request, host: str = ""):
    arg = host
    url = "https://" + arg + "/api/health"
    run_sink(url)
    return {"status": "ok"}
