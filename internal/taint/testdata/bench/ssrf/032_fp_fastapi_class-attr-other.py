# ssrf (CWE-918) FALSE-POSITIVE TRAP: the object holds the request value in another attribute [fastapi].
import requests
from fastapi import FastAPI, Request

app = FastAPI()


class Holder:
    def __init__(self, value):
        self.value = value
        self.default = "inventory.example.com"


@app.get("/ssrf/class-attr-other/{host}")
def handle_ssrf(request: Request, host: str):
    holder = Holder(host)
    arg = holder.default
    url = "https://" + arg + "/api/health"
    resp = requests.get(url, timeout=5)
    return {"status": "ok"}
