# ssrf (CWE-918) TRUE POSITIVE: a host query parameter becomes the authority of an httpx request [fastapi].
import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/status")
async def status(host: str):
    async with httpx.AsyncClient(timeout=2.0) as client:
        r = await client.get(f"https://{host}/api/status")  # want "CWE-918"
    return {"host": host, "status": r.status_code}
