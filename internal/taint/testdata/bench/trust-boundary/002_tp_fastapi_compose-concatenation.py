# trust-boundary (CWE-501) TRUE POSITIVE: taint through concatenation [fastapi].
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/trust-boundary/compose-concatenation/{role}")
def handle_trust_boundary(request: Request, role: str):
    session_value = role
    request.session["role"] = session_value  # want "CWE-501"
    return {"status": "ok"}
