# regex (CWE-730) TRUE POSITIVE: taint through concatenation [fastapi].
import re
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/regex/compose-concatenation/{pattern}")
def handle_regex(request: Request, pattern: str):
    regex = "^" + pattern + "$"
    compiled = re.compile(regex)  # want "CWE-730"
    return {"status": "ok"}
