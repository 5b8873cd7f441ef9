# command (CWE-78) FALSE-POSITIVE TRAP: the requested action only selects a fixed argv from a dict; the path string never reaches the command [fastapi].
import asyncio

from fastapi import FastAPI, HTTPException

app = FastAPI()
ACTIONS = {
    "status": ["systemctl", "status", "worker"],
    "restart": ["systemctl", "restart", "worker"],
    "logs": ["journalctl", "-u", "worker", "-n", "50", "--no-pager"],
}


@app.post("/ops/{action}")
async def run_action(action: str):
    argv = ACTIONS.get(action)
    if argv is None:
        raise HTTPException(status_code=404, detail="unknown action")
    proc = await asyncio.create_subprocess_exec(*argv, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return {"code": proc.returncode, "output": out.decode(errors="replace")}
