# path (CWE-22) TRUE POSITIVE: constant string indexing selects the branch with the request value [fastapi].
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/path/string-switch/{filename}")
def handle_path(request: Request, filename: str):
    guess = "ABC"
    switch = guess[2]
    if switch == "B":
        arg = "report.txt"
    else:
        arg = filename
    path = "/srv/app/uploads/" + arg
    with open(path) as fh:  # want "CWE-22"
        content = fh.read()
    return {"status": "ok"}
