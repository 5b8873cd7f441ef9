# command (CWE-78) FALSE-POSITIVE TRAP: sanitised with quote() [fastapi].
import subprocess
from fastapi import Cookie, FastAPI, Request
from shlex import quote

app = FastAPI()


@app.get("/command/sanitizer-quote")
def handle_command(request: Request, host: str = Cookie("")):
    arg = quote(host)
    cmd = "ping -c 1 " + arg
    subprocess.check_output(["/bin/sh", "-c", cmd])
    return {"status": "ok"}
