# path (CWE-22) FALSE-POSITIVE TRAP: sanitised with os.path.basename() [fastapi].
import os
import shutil
from fastapi import Cookie, FastAPI, Request

app = FastAPI()


@app.get("/path/sanitizer-os-path-basename")
def handle_path(request: Request, filename: str = Cookie("")):
    arg = os.path.basename(filename)
    path = "/srv/app/uploads/" + arg
    shutil.copy(path, "/var/backups/latest")
    return {"status": "ok"}
