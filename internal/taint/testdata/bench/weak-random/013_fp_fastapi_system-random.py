# weak-random (CWE-330) FALSE-POSITIVE TRAP: random.SystemRandom draws from the OS generator [fastapi].
import random
import string
from fastapi import FastAPI

app = FastAPI()
secure_rng = random.SystemRandom()

@app.post("/api-keys/{user_id}")
def create_api_key(user_id: int):
    api_key = "".join(secure_rng.choice(string.ascii_letters) for _ in range(32))
    return {"user": user_id, "api_key": api_key}
