# xss (CWE-79) FALSE-POSITIVE TRAP: allow-list membership test before use [fastapi].
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()
ALLOWED = {"guest", "admin", "visitor"}


@app.get("/xss/allowlist/{name}")
def handle_xss(request: Request, name: str):
    if name in ALLOWED:
        arg = name
    else:
        arg = "guest"
    html = "<p>Hello, " + arg + "</p>"
    return HTMLResponse(html)
