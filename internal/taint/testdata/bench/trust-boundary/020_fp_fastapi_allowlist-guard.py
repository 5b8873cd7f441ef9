# trust-boundary (CWE-501) FALSE-POSITIVE TRAP: an early return unless the value is in an allow-list [fastapi].
from fastapi import FastAPI, Request

app = FastAPI()
ALLOWED = {"viewer", "editor"}


@app.get("/trust-boundary/allowlist-guard")
def handle_trust_boundary(request: Request, role: str = ""):
    if role not in ALLOWED:
        return {"error": "invalid request"}
    arg = role
    request.session["role"] = arg
    return {"status": "ok"}
