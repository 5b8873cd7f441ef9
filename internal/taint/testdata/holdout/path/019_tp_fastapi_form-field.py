# path (CWE-22) TRUE POSITIVE: a Form field names the backup file that shutil.copy reads [fastapi].
import shutil
from fastapi import FastAPI, Form

app = FastAPI()
BACKUPS = "/var/backups/app/"


@app.post("/restore")
def restore(snapshot: str = Form(...)):
    source = BACKUPS + snapshot
    shutil.copy(source, "/srv/app/data.db")  # want "CWE-22"
    return {"restored": snapshot}
