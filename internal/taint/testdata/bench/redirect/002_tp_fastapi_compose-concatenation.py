# redirect (CWE-601) TRUE POSITIVE: taint through concatenation [fastapi].
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect/compose-concatenation/{next_url}")
def handle_redirect(request: Request, next_url: str):
    target = next_url
    return RedirectResponse(target)  # want "CWE-601"
