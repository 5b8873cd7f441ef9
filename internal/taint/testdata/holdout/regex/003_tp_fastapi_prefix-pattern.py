# regex (CWE-730) TRUE POSITIVE: a prefix parameter is concatenated into an anchored pattern for re.match [fastapi].
import re
from fastapi import FastAPI

app = FastAPI()
KEYS = ["user:1", "user:2", "session:abc"]


@app.get("/keys")
def keys(prefix: str = "user"):
    pattern = "^" + prefix + ":.*$"
    return {"keys": [k for k in KEYS if re.match(pattern, k)]}  # want "CWE-730"
