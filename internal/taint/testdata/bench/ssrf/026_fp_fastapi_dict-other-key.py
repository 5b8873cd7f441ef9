# ssrf (CWE-918) FALSE-POSITIVE TRAP: the request value sits under one dict key and another key is read [fastapi].
import requests
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/ssrf/dict-other-key")
def handle_ssrf(request: Request):
    host = request.query_params.get("host", "")
    store = {}
    store["keyA"] = host
    store["keyB"] = "inventory.example.com"
    arg = store["keyB"]
    url = "https://" + arg + "/api/health"
    resp = requests.post(url, json={"ping": True}, timeout=5)
    return {"status": "ok"}
