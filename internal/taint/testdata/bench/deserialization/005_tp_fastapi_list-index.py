# deserialization (CWE-502) TRUE POSITIVE: a list index read that holds the request value [fastapi].
import yaml
from fastapi import FastAPI, Request, UploadFile

app = FastAPI()


@app.post("/deserialization/list-index")
async def handle_deserialization(request: Request, upload: UploadFile):
    payload = await upload.read()
    items = [b"theme: light", payload, b"theme: light"]
    arg = items[1]
    config = yaml.load(arg, Loader=yaml.Loader)  # want "CWE-502"
    return {"status": "ok"}
