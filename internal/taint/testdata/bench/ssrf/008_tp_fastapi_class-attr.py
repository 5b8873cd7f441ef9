# ssrf (CWE-918) TRUE POSITIVE: the value travels through an object attribute [fastapi].
import urllib.request
from fastapi import FastAPI, Header, Request

app = FastAPI()


class Holder:
    def __init__(self, value):
        self.value = value
        self.default = "inventory.example.com"


@app.get("/ssrf/class-attr")
def handle_ssrf(request: Request, host: str = Header("")):
    holder = Holder(host)
    arg = holder.value
    url = "https://" + arg + "/api/health"
    with urllib.request.urlopen(url, timeout=5) as resp:  # want "CWE-918"
        body = resp.read()
    return {"status": "ok"}
