# path (CWE-22) FALSE-POSITIVE TRAP: an if statement whose constant condition is false holds the request value [fastapi].
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/path/dead-if/{filename}")
def handle_path(request: Request, filename: str):
    num = 40
    if (num * 3) - 200 > 0:
        arg = filename
    else:
        arg = "report.txt"
    path = "/srv/app/uploads/" + arg
    with open(path) as fh:
        content = fh.read()
    return {"status": "ok"}
