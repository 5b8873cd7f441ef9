# regex (CWE-730) FALSE-POSITIVE TRAP: allow-list membership test before use [fastapi].
import re
from fastapi import FastAPI, Request

app = FastAPI()
ALLOWED = {"[a-z]+", "[0-9]+"}


@app.get("/regex/allowlist")
def handle_regex(request: Request, pattern: str = ""):
    if pattern in ALLOWED:
        arg = pattern
    else:
        arg = "[a-z]+"
    regex = "^" + arg + "$"
    compiled = re.compile(regex)
    return {"status": "ok"}
