# path (CWE-22) FALSE-POSITIVE TRAP: the upload's file name goes through werkzeug's secure_filename before the write [fastapi].
import os
from fastapi import FastAPI, File, UploadFile
from werkzeug.utils import secure_filename

app = FastAPI()
UPLOADS = "/srv/uploads"


@app.post("/upload")
async def upload(file: UploadFile = File(...)):
    name = secure_filename(file.filename) or "upload.bin"
    dest = os.path.join(UPLOADS, name)
    with open(dest, "wb") as out:
        out.write(await file.read())
    return {"stored": name}
