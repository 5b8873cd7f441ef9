# trust-boundary (CWE-501) FALSE-POSITIVE TRAP: the request value is overwritten with a constant before use [fastapi].
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/trust-boundary/overwritten/{role}")
def handle_trust_boundary(request: Request, role: str):
    arg = role
    arg = "viewer"
    request.session["role"] = arg
    return {"status": "ok"}
