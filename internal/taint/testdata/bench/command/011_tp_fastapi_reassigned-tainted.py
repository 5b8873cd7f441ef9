# command (CWE-78) TRUE POSITIVE: a safe value overwritten by the request value before use [fastapi].
import subprocess
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/command/reassigned-tainted")
def handle_command(request: Request):
    host = request.query_params.get("host", "")
    arg = "localhost"
    arg = host
    cmd = "ping -c 1 " + arg
    proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)  # want "CWE-78"
    proc.wait()
    return {"status": "ok"}
