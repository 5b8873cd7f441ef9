# ssrf (CWE-918) FALSE-POSITIVE TRAP: the request is read but a constant reaches the sink [fastapi].
import requests
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/ssrf/constant")
def handle_ssrf(request: Request):
    host = request.query_params.get("host", "")
    arg = "inventory.example.com"
    url = "https://" + arg + "/api/health"
    resp = requests.post(url, json={"ping": True}, timeout=5)
    return {"status": "ok"}
