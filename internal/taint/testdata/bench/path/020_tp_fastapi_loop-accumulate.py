# path (CWE-22) TRUE POSITIVE: the value is copied element by element in a loop [fastapi].
from fastapi import FastAPI, Request
from fastapi.responses import FileResponse

app = FastAPI()


@app.get("/path/loop-accumulate")
def handle_path(request: Request, filename: str = ""):
    parts = []
    for piece in filename.split(','):
        parts.append(piece)
    arg = ",".join(parts)
    path = "/srv/app/uploads/" + arg
    return FileResponse(path)  # want "CWE-22"
