# ssrf (CWE-918) TRUE POSITIVE: a safe value overwritten by the request value before use [fastapi].
import requests
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/ssrf/reassigned-tainted")
def handle_ssrf(request: Request):
    host = request.query_params.get("host", "")
    arg = "inventory.example.com"
    arg = host
    url = "https://" + arg + "/api/health"
    resp = requests.post(url, json={"ping": True}, timeout=5)  # want "CWE-918"
    return {"status": "ok"}
