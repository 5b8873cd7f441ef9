# ssrf (CWE-918) FALSE-POSITIVE TRAP: the region must be one of a fixed set before it is used as a subdomain [fastapi].
import httpx
from fastapi import FastAPI, HTTPException

app = FastAPI()
REGIONS = ("eu-west-1", "us-east-1", "ap-south-1")


@app.get("/health/{region}")
def region_health(region: str):
    if region not in REGIONS:
        raise HTTPException(404, "unknown region")
    r = httpx.get(f"https://{region}.status.example.com/health", timeout=3)
    return {"region": region, "ok": r.status_code == 200}
