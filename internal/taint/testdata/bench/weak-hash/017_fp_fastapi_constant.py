# weak-hash (CWE-328) FALSE-POSITIVE TRAP: the request is read but a constant reaches the sink [fastapi].
import hashlib
from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/weak-hash/constant")
def handle_weak_hash(request: Request, password: str = Form(...)):
    arg = "changeme"
    digest = hashlib.sha1(arg.encode()).hexdigest()
    return {"status": "ok"}
