# weak-hash (CWE-328) TRUE POSITIVE: the value travels through an object attribute [fastapi].
import hashlib
from fastapi import FastAPI, Form, Request

app = FastAPI()


class Holder:
    def __init__(self, value):
        self.value = value
        self.default = "changeme"


@app.post("/weak-hash/class-attr")
def handle_weak_hash(request: Request, password: str = Form(...)):
    holder = Holder(password)
    arg = holder.value
    digest = hashlib.new("md5", arg.encode()).hexdigest()  # want "CWE-328"
    return {"status": "ok"}
