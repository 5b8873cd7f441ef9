# redirect (CWE-601) TRUE POSITIVE: the value is copied element by element in a loop [fastapi].
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect/loop-accumulate")
def handle_redirect(request: Request, next_url: str = ""):
    parts = []
    for piece in next_url.split(','):
        parts.append(piece)
    arg = ",".join(parts)
    return RedirectResponse(arg)  # want "CWE-601"
