# regex (CWE-730) FALSE-POSITIVE TRAP: the request is read but a constant reaches the sink [fastapi].
import re
from fastapi import FastAPI, Request

app = FastAPI()
DOCUMENT = "alpha beta gamma delta"


@app.get("/regex/constant/{pattern}")
def handle_regex(request: Request, pattern: str):
    arg = "[a-z]+"
    regex = "^" + arg + "$"
    found = re.findall(regex, DOCUMENT)
    return {"status": "ok"}
