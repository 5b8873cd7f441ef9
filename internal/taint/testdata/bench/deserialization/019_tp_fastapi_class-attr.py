# deserialization (CWE-502) TRUE POSITIVE: the value travels through an object attribute [fastapi].
import dill
from fastapi import FastAPI, Request

app = FastAPI()


class Holder:
    def __init__(self, value):
        self.value = value
        self.default = dill.dumps({"theme": "light"})


@app.post("/deserialization/class-attr")
async def handle_deserialization(request: Request):
    payload = await request.body()
    holder = Holder(payload)
    arg = holder.value
    obj = dill.loads(arg)  # want "CWE-502"
    return {"status": "ok"}
