# regex (CWE-730) TRUE POSITIVE: the dangerous call sits in a helper that receives the request value [fastapi].
import re
from fastapi import FastAPI, Request

app = FastAPI()
DOCUMENT = "the quick brown fox jumps over the lazy dog"


def run_sink(regex):
    match = re.search(regex, DOCUMENT)  # want "CWE-730"


@app.get("/regex/helper-sink")
def handle_regex(request: Request, pattern: str = ""):
    arg = pattern
    regex = "^" + arg + "$"
    run_sink(regex)
    return {"status": "ok"}
