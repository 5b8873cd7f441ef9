# trust-boundary (CWE-501) FALSE-POSITIVE TRAP: the request value is appended and popped off before the list is read [fastapi].
from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/trust-boundary/list-pop-removed")
def handle_trust_boundary(request: Request, role: str = Header("")):
    items = ["viewer"]
    items.append(role)
    items.pop()
    arg = items[0]
    request.session["role"] = arg
    return {"status": "ok"}
