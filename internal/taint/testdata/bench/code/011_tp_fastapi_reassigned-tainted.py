# code (CWE-94) TRUE POSITIVE: a safe value overwritten by the request value before use [fastapi].
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/code/reassigned-tainted")
def handle_code(request: Request):
    expr = request.query_params.get("expr", "")
    arg = "csv"
    arg = expr
    code = "plugins." + arg
    module = __import__(code)  # want "CWE-94"
    return {"status": "ok"}
