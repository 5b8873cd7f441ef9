# code (CWE-94) TRUE POSITIVE: taint through concatenation [fastapi].
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/code/compose-concatenation/{expr}")
def handle_code(request: Request, expr: str):
    code = "2 * " + expr
    result = eval(code)  # want "CWE-94"
    return {"status": "ok"}
