# code (CWE-94) FALSE-POSITIVE TRAP: constant string indexing selects the constant branch [fastapi].
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/code/string-switch-dead")
def handle_code(request: Request, expr: str = ""):
    guess = "ABC"
    switch = guess[1]
    if switch == "B":
        arg = "csv"
    else:
        arg = expr
    code = "plugins." + arg
    module = __import__(code)
    return {"status": "ok"}
