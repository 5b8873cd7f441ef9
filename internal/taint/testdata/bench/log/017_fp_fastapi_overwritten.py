# log (CWE-117) FALSE-POSITIVE TRAP: the request value is overwritten with a constant before use [fastapi].
import logging
from fastapi import FastAPI, Request

app = FastAPI()
logger = logging.getLogger("auth")


@app.get("/log/overwritten/{username}")
def handle_log(request: Request, username: str):
    arg = username
    arg = "guest"
    message = "login failed for " + arg
    logger.error("auth: " + message)
    return {"status": "ok"}
