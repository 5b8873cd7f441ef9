# code (CWE-94) FALSE-POSITIVE TRAP: int() conversion leaves only digits [fastapi].
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/code/numeric/{expr}")
def handle_code(request: Request, expr: str):
    arg = str(int(expr))
    code = "total = " + arg
    exec(compile(code, "<calc>", "exec"))
    return {"status": "ok"}
