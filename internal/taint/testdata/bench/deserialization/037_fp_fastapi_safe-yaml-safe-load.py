# deserialization (CWE-502) FALSE-POSITIVE TRAP: yaml.safe_load [fastapi].
import yaml
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/deserialization/safe-yaml-safe-load")
async def handle_deserialization(request: Request):
    payload = await request.body()
    config = yaml.safe_load(payload)
    return {"status": "ok"}
