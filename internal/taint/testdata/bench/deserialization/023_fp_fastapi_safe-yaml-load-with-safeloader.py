# deserialization (CWE-502) FALSE-POSITIVE TRAP: yaml.load with SafeLoader [fastapi].
import yaml
from fastapi import FastAPI, Request, UploadFile

app = FastAPI()


@app.post("/deserialization/safe-yaml-load-with-safeloader")
async def handle_deserialization(request: Request, upload: UploadFile):
    payload = await upload.read()
    config = yaml.load(payload, Loader=yaml.SafeLoader)
    return {"status": "ok"}
