# path (CWE-22) FALSE-POSITIVE TRAP: constant string indexing selects the constant branch [fastapi].
import os
from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/path/string-switch-dead")
def handle_path(request: Request, filename: str = Header("")):
    guess = "ABC"
    switch = guess[1]
    if switch == "B":
        arg = "report.txt"
    else:
        arg = filename
    path = "/srv/app/uploads/" + arg
    os.remove(path)
    return {"status": "ok"}
