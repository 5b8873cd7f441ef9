# command (CWE-78) TRUE POSITIVE: the value is copied element by element in a loop [fastapi].
import subprocess
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/command/loop-accumulate")
def handle_command(request: Request, host: str = ""):
    parts = []
    for piece in host.split(','):
        parts.append(piece)
    arg = ",".join(parts)
    cmd = "ping -c 1 " + arg
    subprocess.run(cmd, shell=True, check=False)  # want "CWE-78"
    return {"status": "ok"}
