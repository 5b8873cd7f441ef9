# code (CWE-94) TRUE POSITIVE: the value is copied element by element in a loop [fastapi].
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/code/loop-accumulate")
def handle_code(request: Request, expr: str = ""):
    parts = []
    for piece in expr.split(','):
        parts.append(piece)
    arg = ",".join(parts)
    code = "total = " + arg
    exec(compile(code, "<calc>", "exec"))  # want "CWE-94"
    return {"status": "ok"}
