# command (CWE-78) TRUE POSITIVE: taint through percent formatting [fastapi].
import subprocess
from fastapi import Cookie, FastAPI, Request

app = FastAPI()


@app.get("/command/compose-percent-formatting")
def handle_command(request: Request, host: str = Cookie("")):
    cmd = "ping -c 1 %s" % host
    subprocess.check_output(["/bin/sh", "-c", cmd])  # want "CWE-78"
    return {"status": "ok"}
