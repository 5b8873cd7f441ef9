# code (CWE-94) FALSE-POSITIVE TRAP: eval of a constant next to tainted data [fastapi].
from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/code/safe-eval-of-a-constant-next-to-taint")
def handle_code(request: Request, expr: str = Header("")):
    result = eval("2 * 21")
    label = expr
    return {"status": "ok"}
