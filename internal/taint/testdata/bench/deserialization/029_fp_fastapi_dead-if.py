# deserialization (CWE-502) FALSE-POSITIVE TRAP: an if statement whose constant condition is false holds the request value [fastapi].
import yaml
from fastapi import FastAPI, Request, UploadFile

app = FastAPI()


@app.post("/deserialization/dead-if")
async def handle_deserialization(request: Request, upload: UploadFile):
    payload = await upload.read()
    num = 40
    if (num * 3) - 200 > 0:
        arg = payload
    else:
        arg = b"theme: light"
    config = yaml.unsafe_load(arg)
    return {"status": "ok"}
