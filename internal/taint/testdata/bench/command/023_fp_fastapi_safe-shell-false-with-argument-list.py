# command (CWE-78) FALSE-POSITIVE TRAP: shell=False with argument list [fastapi].
import subprocess
from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/command/safe-shell-false-with-argument-list")
def handle_command(request: Request, host: str = Header("")):
    subprocess.run(["/usr/bin/nslookup", host], shell=False, check=False)
    return {"status": "ok"}
