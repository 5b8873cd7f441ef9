# code (CWE-94) TRUE POSITIVE: the dangerous call sits in a helper that receives the request value [fastapi].
from fastapi import FastAPI, Request

app = FastAPI()


def run_sink(code):
    exec(code)  # want "CWE-94"


@app.get("/code/helper-sink")
def handle_code(request: Request, expr: str = ""):
    arg = expr
    code = "result = " + arg
    run_sink(code)
    return {"status": "ok"}
