# trust-boundary (CWE-501) TRUE POSITIVE: the value travels through an object attribute [fastapi].
from fastapi import FastAPI, Header, Request

app = FastAPI()


class Holder:
    def __init__(self, value):
        self.value = value
        self.default = "viewer"


@app.get("/trust-boundary/class-attr")
def handle_trust_boundary(request: Request, role: str = Header("")):
    holder = Holder(role)
    arg = holder.value
    request.session["role"] = arg  # want "CWE-501"
    return {"status": "ok"}
