# code (CWE-94) FALSE-POSITIVE TRAP: the request value is overwritten with a constant before use [fastapi].
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/code/overwritten")
def handle_code(request: Request):
    expr = request.query_params.get("expr", "")
    arg = expr
    arg = "1 + 1"
    code = "2 * " + arg
    result = eval(code)
    return {"status": "ok"}
