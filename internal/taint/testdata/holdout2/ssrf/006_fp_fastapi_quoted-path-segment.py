# ssrf (CWE-918) FALSE-POSITIVE TRAP: the city is percent-encoded with quote(safe="") into one path segment of a fixed API host [fastapi].
from urllib.parse import quote

import httpx
from fastapi import FastAPI

app = FastAPI()
API = "https://api.weather.example.com/v2/forecast/"


@app.get("/forecast/{city}")
async def forecast(city: str):
    url = API + quote(city, safe="")
    async with httpx.AsyncClient(timeout=5, follow_redirects=False) as client:
        resp = await client.get(url)
    return {"status": resp.status_code, "forecast": resp.json() if resp.is_success else None}
