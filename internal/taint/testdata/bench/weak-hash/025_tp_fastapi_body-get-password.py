# weak-hash (CWE-328) TRUE POSITIVE: the password picked from the JSON body with .get() is hashed with SHA-1 [fastapi].
import hashlib

from fastapi import FastAPI, Request

app = FastAPI()
USERS = {}


@app.post("/signup")
async def signup(request: Request):
    body = await request.json()
    USERS[body.get("user", "")] = hashlib.sha1(body.get("password", "").encode()).hexdigest()  # want "CWE-328"
    return {"ok": True}
