# command (CWE-78) TRUE POSITIVE: taint through concatenation [fastapi].
import os
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/command/compose-concatenation/{host}")
def handle_command(request: Request, host: str):
    cmd = "ping -c 1 " + host
    os.system(cmd)  # want "CWE-78"
    return {"status": "ok"}
