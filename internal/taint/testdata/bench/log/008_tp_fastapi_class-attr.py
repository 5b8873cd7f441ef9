# log (CWE-117) TRUE POSITIVE: the value travels through an object attribute [fastapi].
import logging
from fastapi import FastAPI, Header, Request

app = FastAPI()
logger = logging.getLogger("auth")


class Holder:
    def __init__(self, value):
        self.value = value
        self.default = "guest"


@app.get("/log/class-attr")
def handle_log(request: Request, username: str = Header("")):
    holder = Holder(username)
    arg = holder.value
    message = "login failed for " + arg
    logger.error("auth: " + message)  # want "CWE-117"
    return {"status": "ok"}
