# command (CWE-78) FALSE-POSITIVE TRAP: the request only selects one of several constant command strings from a table [fastapi].
import subprocess
from fastapi import FastAPI, HTTPException

app = FastAPI()

COMMANDS = {
    "status": "systemctl status nginx --no-pager",
    "reload": "systemctl reload nginx",
    "test": "nginx -t",
}


@app.post("/ops/{action}")
def run_action(action: str):
    if action not in COMMANDS:
        raise HTTPException(status_code=404, detail="unknown action")
    proc = subprocess.run(COMMANDS[action], shell=True, capture_output=True, text=True)
    return {"rc": proc.returncode, "out": proc.stdout}
