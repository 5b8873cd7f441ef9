# ssrf (CWE-918) FALSE-POSITIVE TRAP: a UUID-typed parameter fills a path segment of a fixed billing host [fastapi].
from uuid import UUID

import httpx
from fastapi import FastAPI

app = FastAPI()
BILLING = "https://billing.internal.example/api/customers/"


@app.get("/customers/{customer_id}/balance")
def balance(customer_id: UUID):
    r = httpx.get(f"{BILLING}{customer_id}/balance", timeout=3)
    return r.json()
