# command (CWE-78) FALSE-POSITIVE TRAP: int() conversion leaves only digits [fastapi].
import subprocess
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/command/numeric")
def handle_command(request: Request, host: str = ""):
    arg = str(int(host))
    cmd = "ping -c 1 " + arg
    subprocess.run(cmd, shell=True, check=False)
    return {"status": "ok"}
