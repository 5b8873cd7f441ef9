# code (CWE-94) TRUE POSITIVE: the value travels through an object attribute [fastapi].
from fastapi import FastAPI, Header, Request

app = FastAPI()


class Holder:
    def __init__(self, value):
        self.value = value
        self.default = "1 + 1"


@app.get("/code/class-attr")
def handle_code(request: Request, expr: str = Header("")):
    holder = Holder(expr)
    arg = holder.value
    code = "total = " + arg
    exec(compile(code, "<calc>", "exec"))  # want "CWE-94"
    return {"status": "ok"}
