# log (CWE-117) FALSE-POSITIVE TRAP: only an int-typed parameter and the length of a string reach the log [fastapi].
import logging
from fastapi import FastAPI

app = FastAPI()
log = logging.getLogger("api")


@app.get("/search")
def search(q: str, page: int = 1):
    log.info("search page=%d qlen=%d" % (page, len(q)))
    return {"page": page, "results": []}
