# weak-random (CWE-330) TRUE POSITIVE: random.randint digits used as an API key [fastapi].
import random
from fastapi import FastAPI

app = FastAPI()
API_KEYS = {}

@app.post("/api-keys/{user_id}")
def create_api_key(user_id: int):
    api_key = "".join(str(random.randint(0, 9)) for _ in range(24))  # want "CWE-330"
    API_KEYS[user_id] = api_key
    return {"api_key": api_key}
