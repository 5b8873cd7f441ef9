# redirect (CWE-601) FALSE-POSITIVE TRAP: local path with quoted query [fastapi].
from fastapi import FastAPI, Header, Request
from fastapi.responses import RedirectResponse
from urllib.parse import quote

app = FastAPI()


@app.get("/redirect/safe-local-path-with-quoted-query")
def handle_redirect(request: Request, next_url: str = Header("")):
    return RedirectResponse("/search?q=" + quote(next_url))
