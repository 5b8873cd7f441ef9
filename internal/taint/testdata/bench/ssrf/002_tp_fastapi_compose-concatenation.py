# ssrf (CWE-918) TRUE POSITIVE: taint through concatenation [fastapi].
import requests
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/ssrf/compose-concatenation/{host}")
def handle_ssrf(request: Request, host: str):
    url = "https://" + host + "/api/health"
    resp = requests.get(url, timeout=5)  # want "CWE-918"
    return {"status": "ok"}
