# weak-random (CWE-330) TRUE POSITIVE: the session id cookie is 128 bits from random.getrandbits (Mersenne Twister) [fastapi].
import random
from fastapi import FastAPI, Response

app = FastAPI()
SESSIONS = {}


@app.post("/login")
def login(response: Response, user: str):
    sid = "%032x" % random.getrandbits(128)  # want "CWE-330"
    SESSIONS[sid] = user
    response.set_cookie("sid", sid, httponly=True, secure=True)
    return {"ok": True}
