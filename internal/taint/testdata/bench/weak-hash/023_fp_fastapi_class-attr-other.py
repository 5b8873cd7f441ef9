# weak-hash (CWE-328) FALSE-POSITIVE TRAP: the object holds the request value in another attribute [fastapi].
from fastapi import FastAPI, Form, Request
from hashlib import md5

app = FastAPI()


class Holder:
    def __init__(self, value):
        self.value = value
        self.default = "changeme"


@app.post("/weak-hash/class-attr-other")
def handle_weak_hash(request: Request, password: str = Form(...)):
    holder = Holder(password)
    arg = holder.default
    digest = md5(arg.encode("utf-8")).hexdigest()
    return {"status": "ok"}
