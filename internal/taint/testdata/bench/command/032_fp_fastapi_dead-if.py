# command (CWE-78) FALSE-POSITIVE TRAP: an if statement whose constant condition is false holds the request value [fastapi].
import os
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/command/dead-if/{host}")
def handle_command(request: Request, host: str):
    num = 40
    if (num * 3) - 200 > 0:
        arg = host
    else:
        arg = "localhost"
    cmd = "ping -c 1 " + arg
    os.system(cmd)
    return {"status": "ok"}
