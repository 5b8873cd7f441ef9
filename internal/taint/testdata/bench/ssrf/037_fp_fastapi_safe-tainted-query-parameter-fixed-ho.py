# ssrf (CWE-918) FALSE-POSITIVE TRAP: tainted query parameter, fixed host [fastapi].
import requests
from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/ssrf/safe-tainted-query-parameter-fixed-ho")
def handle_ssrf(request: Request, host: str = Header("")):
    resp = requests.get("https://inventory.example.com/api/items", params={"q": host}, timeout=5)
    return {"status": "ok"}
