# log (CWE-117) TRUE POSITIVE: the dangerous call sits in a helper that receives the request value [fastapi].
import logging
from fastapi import FastAPI, Request

app = FastAPI()


def run_sink(message):
    logging.info(message)  # want "CWE-117"


@app.get("/log/helper-sink")
def handle_log(request: Request, username: str = ""):
    arg = username
    message = "login failed for " + arg
    run_sink(message)
    return {"status": "ok"}
