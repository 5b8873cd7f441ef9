# weak-hash (CWE-328) TRUE POSITIVE: a safe value overwritten by the request value before use [fastapi].
from fastapi import FastAPI, Form, Request
from hashlib import md5

app = FastAPI()


@app.post("/weak-hash/reassigned-tainted")
def handle_weak_hash(request: Request, password: str = Form(...)):
    arg = "changeme"
    arg = password
    digest = md5(arg.encode("utf-8")).hexdigest()  # want "CWE-328"
    return {"status": "ok"}
