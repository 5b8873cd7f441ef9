# regex (CWE-730) FALSE-POSITIVE TRAP: tainted subject, constant pattern [fastapi].
import re
from fastapi import Cookie, FastAPI, Request

app = FastAPI()


@app.get("/regex/safe-tainted-subject-constant-pattern")
def handle_regex(request: Request, pattern: str = Cookie("")):
    match = re.search(r"^[a-z]+$", pattern)
    return {"status": "ok"}
