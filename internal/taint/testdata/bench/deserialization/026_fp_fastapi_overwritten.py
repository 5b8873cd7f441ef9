# deserialization (CWE-502) FALSE-POSITIVE TRAP: the request value is overwritten with a constant before use [fastapi].
import yaml
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/deserialization/overwritten")
async def handle_deserialization(request: Request):
    payload = await request.body()
    arg = payload
    arg = b"theme: light"
    config = yaml.load(arg, Loader=yaml.Loader)
    return {"status": "ok"}
