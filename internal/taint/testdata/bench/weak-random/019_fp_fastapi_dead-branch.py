# weak-random (CWE-330) FALSE-POSITIVE TRAP: the random branch is ruled out by constant arithmetic [fastapi].
import random
import secrets
from fastapi import FastAPI

app = FastAPI()

@app.post("/auth/token")
def issue_token():
    num = 106
    if 7 * 18 + num > 200:
        auth_token = secrets.token_hex(16)
    else:
        auth_token = "%032x" % random.getrandbits(128)
    return {"token": auth_token}
