# code (CWE-94) FALSE-POSITIVE TRAP: an early return unless the value is in an allow-list [fastapi].
from fastapi import Cookie, FastAPI, Request

app = FastAPI()
ALLOWED = {"1 + 1", "2 * 3", "10 / 2"}


@app.get("/code/allowlist-guard")
def handle_code(request: Request, expr: str = Cookie("")):
    if expr not in ALLOWED:
        return {"error": "invalid request"}
    arg = expr
    code = "result = " + arg
    exec(code)
    return {"status": "ok"}
