# path (CWE-22) TRUE POSITIVE: taint through concatenation [fastapi].
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/path/compose-concatenation/{filename}")
def handle_path(request: Request, filename: str):
    path = "/srv/app/uploads/" + filename
    with open(path) as fh:  # want "CWE-22"
        content = fh.read()
    return {"status": "ok"}
