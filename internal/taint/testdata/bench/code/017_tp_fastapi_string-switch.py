# code (CWE-94) TRUE POSITIVE: constant string indexing selects the branch with the request value [fastapi].
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/code/string-switch/{expr}")
def handle_code(request: Request, expr: str):
    guess = "ABC"
    switch = guess[2]
    if switch == "B":
        arg = "1 + 1"
    else:
        arg = expr
    code = "result = " + arg
    exec(code)  # want "CWE-94"
    return {"status": "ok"}
