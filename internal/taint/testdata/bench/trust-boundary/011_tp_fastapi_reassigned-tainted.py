# trust-boundary (CWE-501) TRUE POSITIVE: a safe value overwritten by the request value before use [fastapi].
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/trust-boundary/reassigned-tainted")
def handle_trust_boundary(request: Request):
    role = request.query_params.get("role", "")
    arg = "viewer"
    arg = role
    request.session["role"] = arg  # want "CWE-501"
    return {"status": "ok"}
