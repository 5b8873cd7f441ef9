# deserialization (CWE-502) FALSE-POSITIVE TRAP: a branch that constant arithmetic rules out holds the request value [fastapi].
import dill
from fastapi import FastAPI, Request, UploadFile

app = FastAPI()


@app.post("/deserialization/dead-ternary")
async def handle_deserialization(request: Request, upload: UploadFile):
    payload = await upload.read()
    num = 106
    arg = dill.dumps({"theme": "light"}) if 7 * 18 + num > 200 else payload
    obj = dill.loads(arg)
    return {"status": "ok"}
