# command (CWE-78) FALSE-POSITIVE TRAP: constant string indexing selects the constant branch [fastapi].
import os
from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/command/string-switch-dead")
def handle_command(request: Request, host: str = Header("")):
    guess = "ABC"
    switch = guess[1]
    if switch == "B":
        arg = "localhost"
    else:
        arg = host
    cmd = "ping -c 1 " + arg
    output = os.popen(cmd).read()
    return {"status": "ok"}
