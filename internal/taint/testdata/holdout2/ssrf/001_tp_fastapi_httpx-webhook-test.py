# ssrf (CWE-918) TRUE POSITIVE: a webhook URL from a pydantic body is called with httpx.AsyncClient to "test" it [fastapi].
import httpx
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class WebhookTest(BaseModel):
    url: str
    event: str = "ping"


@app.post("/integrations/webhooks/test")
async def test_webhook(body: WebhookTest):
    async with httpx.AsyncClient(timeout=5) as client:
        resp = await client.post(body.url, json={"event": body.event})  # want "CWE-918"
    return {"status": resp.status_code}
