# command (CWE-78) TRUE POSITIVE: constant string indexing selects the branch with the request value [fastapi].
import os
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/command/string-switch/{host}")
def handle_command(request: Request, host: str):
    guess = "ABC"
    switch = guess[2]
    if switch == "B":
        arg = "localhost"
    else:
        arg = host
    cmd = "ping -c 1 " + arg
    os.system(cmd)  # want "CWE-78"
    return {"status": "ok"}
