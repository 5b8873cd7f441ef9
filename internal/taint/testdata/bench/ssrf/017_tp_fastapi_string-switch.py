# ssrf (CWE-918) TRUE POSITIVE: constant string indexing selects the branch with the request value [fastapi].
import requests
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/ssrf/string-switch/{host}")
def handle_ssrf(request: Request, host: str):
    guess = "ABC"
    switch = guess[2]
    if switch == "B":
        arg = "inventory.example.com"
    else:
        arg = host
    url = "https://" + arg + "/api/health"
    resp = requests.get(url, timeout=5)  # want "CWE-918"
    return {"status": "ok"}
