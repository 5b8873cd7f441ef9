# log (CWE-117) FALSE-POSITIVE TRAP: sanitised with str.replace() [fastapi].
import logging
from fastapi import Cookie, FastAPI, Request

app = FastAPI()


@app.get("/log/sanitizer-str-replace")
def handle_log(request: Request, username: str = Cookie("")):
    arg = username.replace("\r", "").replace("\n", "")
    message = "login failed for " + arg
    logging.info(message)
    return {"status": "ok"}
