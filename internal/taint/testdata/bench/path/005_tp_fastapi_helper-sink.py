# path (CWE-22) TRUE POSITIVE: the dangerous call sits in a helper that receives the request value [fastapi].
from fastapi import FastAPI, Request
from fastapi.responses import FileResponse

app = FastAPI()


def run_sink(path):
    return FileResponse(path)  # want "CWE-22"


@app.get("/path/helper-sink")
def handle_path(request: Request, filename: str = ""):
    arg = filename
    path = "/srv/app/uploads/" + arg
    return run_sink(path)
