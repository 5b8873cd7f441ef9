# command (CWE-78) FALSE-POSITIVE TRAP: the request value is overwritten with a constant before use [fastapi].
import subprocess
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/command/overwritten")
def handle_command(request: Request):
    host = request.query_params.get("host", "")
    arg = host
    arg = "localhost"
    cmd = "ping -c 1 " + arg
    proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)
    proc.wait()
    return {"status": "ok"}
