# log (CWE-117) FALSE-POSITIVE TRAP: the list index read holds a constant, not the request value [fastapi].
import logging
from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/log/list-other-index")
def handle_log(request: Request, username: str = Header("")):
    items = ["guest", username]
    arg = items[0]
    message = "login failed for " + arg
    logging.info(message)
    return {"status": "ok"}
