# weak-hash (CWE-328) FALSE-POSITIVE TRAP: passwords use hashlib.scrypt with a random salt; SHA-1 only fingerprints an uploaded logo [fastapi].
import hashlib
import os

from fastapi import FastAPI, File, Form, UploadFile

from accounts.store import save_password_hash

app = FastAPI()


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    key = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    return salt.hex() + ":" + key.hex()


@app.post("/onboarding/{account_id}")
async def onboarding(account_id: int, password: str = Form(...), logo: UploadFile = File(...)):
    save_password_hash(account_id, hash_password(password))
    data = await logo.read()
    fingerprint = hashlib.sha1(data, usedforsecurity=False).hexdigest()
    return {"account": account_id, "logo_sha1": fingerprint}
