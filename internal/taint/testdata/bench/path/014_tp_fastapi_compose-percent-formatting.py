# path (CWE-22) TRUE POSITIVE: taint through percent formatting [fastapi].
import shutil
from fastapi import Cookie, FastAPI, Request

app = FastAPI()


@app.get("/path/compose-percent-formatting")
def handle_path(request: Request, filename: str = Cookie("")):
    path = "/srv/app/uploads/%s" % filename
    shutil.copy(path, "/var/backups/latest")  # want "CWE-22"
    return {"status": "ok"}
