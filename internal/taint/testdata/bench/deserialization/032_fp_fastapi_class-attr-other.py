# deserialization (CWE-502) FALSE-POSITIVE TRAP: the object holds the request value in another attribute [fastapi].
import marshal
from fastapi import FastAPI, Request

app = FastAPI()


class Holder:
    def __init__(self, value):
        self.value = value
        self.default = marshal.dumps(42)


@app.post("/deserialization/class-attr-other")
async def handle_deserialization(request: Request):
    payload = await request.body()
    holder = Holder(payload)
    arg = holder.default
    code = marshal.loads(arg)
    return {"status": "ok"}
