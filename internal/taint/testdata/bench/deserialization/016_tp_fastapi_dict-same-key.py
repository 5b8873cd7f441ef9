# deserialization (CWE-502) TRUE POSITIVE: the request value is stored and read back under the same dict key [fastapi].
import io
import pickle
from fastapi import FastAPI, Request, UploadFile

app = FastAPI()


@app.post("/deserialization/dict-same-key")
async def handle_deserialization(request: Request, upload: UploadFile):
    payload = await upload.read()
    store = {}
    store["keyA"] = payload
    store["keyB"] = pickle.dumps([1, 2, 3])
    arg = store["keyA"]
    obj = pickle.load(io.BytesIO(arg))  # want "CWE-502"
    return {"status": "ok"}
