# weak-hash (CWE-328) FALSE-POSITIVE TRAP: MD5 of the search query is only a cache key, no secret is hashed [fastapi].
import hashlib
from fastapi import FastAPI

app = FastAPI()
CACHE = {}


@app.get("/search")
def search(q: str):
    key = hashlib.md5(q.encode("utf-8")).hexdigest()
    if key not in CACHE:
        CACHE[key] = {"q": q, "results": []}
    return CACHE[key]
