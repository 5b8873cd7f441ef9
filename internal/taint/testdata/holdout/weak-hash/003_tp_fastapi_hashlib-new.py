# weak-hash (CWE-328) TRUE POSITIVE: hashlib.new("md5") hashes the password from the request model [fastapi].
import hashlib
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
ACCOUNTS = {}


class Signup(BaseModel):
    email: str
    password: str


@app.post("/signup")
def signup(body: Signup):
    ACCOUNTS[body.email] = hashlib.new("md5", body.password.encode()).hexdigest()  # want "CWE-328"
    return {"ok": True}
