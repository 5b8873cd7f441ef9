# redirect (CWE-601) TRUE POSITIVE: rejecting a scheme or netloc misses "/\evil.example", which browsers treat as //evil.example [fastapi].
from urllib.parse import urlparse

from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/auth/done")
def auth_done(next: str = "/"):
    parsed = urlparse(next)
    if parsed.scheme or parsed.netloc:
        next = "/"
    return RedirectResponse(next)  # want "CWE-601"
