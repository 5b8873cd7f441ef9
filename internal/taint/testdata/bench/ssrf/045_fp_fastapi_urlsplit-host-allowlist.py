# ssrf (CWE-918) FALSE POSITIVE look-alike: the webhook URL is fetched only when urlsplit finds one of the allowed hosts [fastapi].
from urllib.parse import urlsplit

import httpx
from fastapi import FastAPI, HTTPException

app = FastAPI()
HOOK_HOSTS = ("hooks.slack.com", "discord.com")


@app.post("/hooks/test")
def test_hook(url: str):
    if urlsplit(url).hostname not in HOOK_HOSTS:
        raise HTTPException(400, "host not allowed")
    return {"status": httpx.post(url, json={"text": "ping"}, timeout=5).status_code}
