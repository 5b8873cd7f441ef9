# weak-random (CWE-330) TRUE POSITIVE: uuid built from random.getrandbits used as an auth token [fastapi].
import random
import uuid
from fastapi import FastAPI

app = FastAPI()
TOKENS = set()

@app.post("/auth/token")
def issue_token():
    auth_token = str(uuid.UUID(int=random.getrandbits(128)))  # want "CWE-330"
    TOKENS.add(auth_token)
    return {"token": auth_token}
