# code (CWE-94) TRUE POSITIVE: taint through percent formatting [fastapi].
from fastapi import Cookie, FastAPI, Request

app = FastAPI()


@app.get("/code/compose-percent-formatting")
def handle_code(request: Request, expr: str = Cookie("")):
    code = "2 * %s" % expr
    result = eval(code)  # want "CWE-94"
    return {"status": "ok"}
