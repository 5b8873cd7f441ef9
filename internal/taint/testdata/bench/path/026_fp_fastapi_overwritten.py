# path (CWE-22) FALSE-POSITIVE TRAP: the request value is overwritten with a constant before use [fastapi].
import pathlib
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/path/overwritten")
def handle_path(request: Request):
    filename = request.query_params.get("filename", "")
    arg = filename
    arg = "report.txt"
    path = "/srv/app/uploads/" + arg
    text = pathlib.Path(path).read_text()
    return {"status": "ok"}
