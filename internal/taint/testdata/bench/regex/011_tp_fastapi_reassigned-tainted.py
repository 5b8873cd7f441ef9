# regex (CWE-730) TRUE POSITIVE: a safe value overwritten by the request value before use [fastapi].
import re
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/regex/reassigned-tainted")
def handle_regex(request: Request):
    pattern = request.query_params.get("pattern", "")
    arg = "[a-z]+"
    arg = pattern
    regex = "^" + arg + "$"
    compiled = re.compile(regex)  # want "CWE-730"
    return {"status": "ok"}
