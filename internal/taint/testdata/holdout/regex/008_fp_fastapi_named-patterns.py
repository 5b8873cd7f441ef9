# regex (CWE-730) FALSE-POSITIVE TRAP: the parameter only selects one of the predefined patterns [fastapi].
import re
from fastapi import FastAPI, HTTPException

app = FastAPI()
PATTERNS = {
    "email": r"[^@\s]+@[^@\s]+\.[a-z]{2,}",
    "zip": r"\d{5}",
}


@app.get("/validate/{kind}")
def validate(kind: str, value: str):
    if kind not in PATTERNS:
        raise HTTPException(404)
    return {"valid": re.fullmatch(PATTERNS[kind], value) is not None}
