# command (CWE-78) TRUE POSITIVE: a branch name from a pydantic body is interpolated into asyncio.create_subprocess_shell [fastapi].
import asyncio

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
REPO_DIR = "/srv/site"


class Deploy(BaseModel):
    branch: str


@app.post("/deploy")
async def deploy(req: Deploy):
    cmd = f"cd {REPO_DIR} && git fetch origin && git checkout {req.branch}"
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE)  # want "CWE-78"
    out, _ = await proc.communicate()
    return {"code": proc.returncode, "log": out.decode(errors="replace")[-2000:]}
