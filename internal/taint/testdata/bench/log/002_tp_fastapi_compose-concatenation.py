# log (CWE-117) TRUE POSITIVE: taint through concatenation [fastapi].
import logging
from fastapi import FastAPI, Request

app = FastAPI()
logger = logging.getLogger(__name__)


@app.get("/log/compose-concatenation/{username}")
def handle_log(request: Request, username: str):
    message = "login failed for " + username
    logger.warning(message)  # want "CWE-117"
    return {"status": "ok"}
