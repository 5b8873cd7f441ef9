# code (CWE-94) FALSE-POSITIVE TRAP: the request value is popped out of a dict before a constant is read [fastapi].
from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/code/dict-pop")
def handle_code(request: Request, expr: str = Header("")):
    store = {"keyA": "1 + 1"}
    store["keyB"] = expr
    store.pop("keyB")
    arg = store.get("keyB", store["keyA"])
    code = "2 * " + arg
    result = eval(code)
    return {"status": "ok"}
