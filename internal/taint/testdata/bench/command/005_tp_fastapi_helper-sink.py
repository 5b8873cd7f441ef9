# command (CWE-78) TRUE POSITIVE: the dangerous call sits in a helper that receives the request value [fastapi].
import subprocess
from fastapi import FastAPI, Request

app = FastAPI()


def run_sink(cmd):
    subprocess.run(cmd, shell=True, check=False)  # want "CWE-78"


@app.get("/command/helper-sink")
def handle_command(request: Request, host: str = ""):
    arg = host
    cmd = "ping -c 1 " + arg
    run_sink(cmd)
    return {"status": "ok"}
