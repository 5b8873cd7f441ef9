# weak-random (CWE-330) FALSE-POSITIVE TRAP: random.sample picks log lines to display [fastapi].
import random
from fastapi import FastAPI

app = FastAPI()
RECENT = ["GET /", "GET /health", "POST /login", "GET /static/app.js", "GET /about"]

@app.get("/logs/sample")
def sample_logs():
    lines = random.sample(RECENT, 3)
    return {"lines": lines}
