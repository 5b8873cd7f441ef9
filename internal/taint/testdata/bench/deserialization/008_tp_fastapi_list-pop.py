# deserialization (CWE-502) TRUE POSITIVE: append then pop returns the request value [fastapi].
import yaml
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/deserialization/list-pop")
async def handle_deserialization(request: Request):
    payload = await request.body()
    items = []
    items.append(b"theme: light")
    items.append(payload)
    arg = items.pop()
    config = yaml.unsafe_load(arg)  # want "CWE-502"
    return {"status": "ok"}
