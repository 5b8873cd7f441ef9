# weak-hash (CWE-328) FALSE-POSITIVE TRAP: scrypt for a password [fastapi].
import hashlib
from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/weak-hash/safe-scrypt-for-a-password")
def handle_weak_hash(request: Request, password: str = Form(...)):
    digest = hashlib.scrypt(password.encode(), salt=b"per-user-salt", n=16384, r=8, p=1)
    return {"status": "ok"}
