# log (CWE-117) FALSE-POSITIVE TRAP: an early return unless the value is in an allow-list [fastapi].
import logging
from fastapi import FastAPI, Request

app = FastAPI()
logger = logging.getLogger(__name__)
ALLOWED = {"guest", "admin"}


@app.get("/log/allowlist-guard")
def handle_log(request: Request, username: str = ""):
    if username not in ALLOWED:
        return {"error": "invalid request"}
    arg = username
    message = "login failed for " + arg
    logger.warning(message)
    return {"status": "ok"}
