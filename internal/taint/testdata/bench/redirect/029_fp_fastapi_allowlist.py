# redirect (CWE-601) FALSE-POSITIVE TRAP: allow-list membership test before use [fastapi].
from fastapi import Cookie, FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()
ALLOWED = {"/dashboard", "/profile", "/settings"}


@app.get("/redirect/allowlist")
def handle_redirect(request: Request, next_url: str = Cookie("")):
    if next_url in ALLOWED:
        arg = next_url
    else:
        arg = "/dashboard"
    return RedirectResponse(arg)
