# log (CWE-117) TRUE POSITIVE: a safe value overwritten by the request value before use [fastapi].
import logging
from fastapi import FastAPI, Request

app = FastAPI()
logger = logging.getLogger(__name__)


@app.get("/log/reassigned-tainted")
def handle_log(request: Request):
    username = request.query_params.get("username", "")
    arg = "guest"
    arg = username
    message = "login failed for " + arg
    logger.warning(message)  # want "CWE-117"
    return {"status": "ok"}
