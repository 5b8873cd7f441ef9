# deserialization (CWE-502) TRUE POSITIVE: a branch decided by constant arithmetic that does pick the request value [fastapi].
import pickle
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/deserialization/live-ternary")
async def handle_deserialization(request: Request):
    payload = await request.body()
    num = 50
    arg = pickle.dumps({"theme": "light"}) if 7 * 18 + num > 200 else payload
    obj = pickle.loads(arg)  # want "CWE-502"
    return {"status": "ok"}
