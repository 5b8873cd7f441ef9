# regex (CWE-730) FALSE-POSITIVE TRAP: a helper in the same file sanitises the value [fastapi].
import re
from fastapi import FastAPI, Header, Request

app = FastAPI()
DOCUMENT = "the quick brown fox jumps over the lazy dog"


def clean(value):
    return re.escape(value)


@app.get("/regex/helper-sanitizer")
def handle_regex(request: Request, pattern: str = Header("")):
    arg = clean(pattern)
    regex = "^" + arg + "$"
    match = re.search(regex, DOCUMENT)
    return {"status": "ok"}
