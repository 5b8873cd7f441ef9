# deserialization (CWE-502) TRUE POSITIVE: the value is assigned inside a try block [fastapi].
import marshal
from fastapi import FastAPI, Request, UploadFile

app = FastAPI()


@app.post("/deserialization/try-block")
async def handle_deserialization(request: Request, upload: UploadFile):
    payload = await upload.read()
    try:
        arg = payload
    except (KeyError, ValueError):
        arg = marshal.dumps(42)
    code = marshal.loads(arg)  # want "CWE-502"
    return {"status": "ok"}
