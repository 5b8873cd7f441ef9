# path (CWE-22) TRUE POSITIVE: a safe value overwritten by the request value before use [fastapi].
import pathlib
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/path/reassigned-tainted")
def handle_path(request: Request):
    filename = request.query_params.get("filename", "")
    arg = "report.txt"
    arg = filename
    path = "/srv/app/uploads/" + arg
    text = pathlib.Path(path).read_text()  # want "CWE-22"
    return {"status": "ok"}
