# deserialization (CWE-502) FALSE-POSITIVE TRAP: tuple unpacking picks the constant element [fastapi].
import jsonpickle
from fastapi import FastAPI, Request, UploadFile

app = FastAPI()


@app.post("/deserialization/tuple-other")
async def handle_deserialization(request: Request, upload: UploadFile):
    payload = await upload.read()
    first, second = b'{"theme": "light"}', payload
    arg = first
    obj = jsonpickle.decode(arg)
    return {"status": "ok"}
