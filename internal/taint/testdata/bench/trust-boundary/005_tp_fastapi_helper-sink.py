# trust-boundary (CWE-501) TRUE POSITIVE: the dangerous call sits in a helper that receives the request value [fastapi].
from fastapi import FastAPI, Request

app = FastAPI()


def run_sink(request, arg):
    request.session["role"] = arg  # want "CWE-501"


@app.get("/trust-boundary/helper-sink")
def handle_trust_boundary(request: Request, role: str = ""):
    arg = role
    run_sink(request, arg)
    return {"status": "ok"}
