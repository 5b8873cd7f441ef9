# weak-hash (CWE-328) TRUE POSITIVE: taint through concatenation [fastapi].
import hashlib
from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/weak-hash/compose-concatenation")
def handle_weak_hash(request: Request, password: str = Form(...)):
    secret = password
    digest = hashlib.md5(secret.encode()).hexdigest()  # want "CWE-328"
    return {"status": "ok"}
