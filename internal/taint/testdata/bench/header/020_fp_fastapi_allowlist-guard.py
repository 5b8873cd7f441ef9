# header (CWE-113) FALSE-POSITIVE TRAP: an early return unless the value is in an allow-list [fastapi].
from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse

app = FastAPI()
ALLOWED = {"en-US", "de-DE", "fr-FR"}


@app.get("/header/allowlist-guard")
def handle_header(request: Request, lang: str = ""):
    if lang not in ALLOWED:
        return {"error": "invalid request"}
    arg = lang
    response = PlainTextResponse("ok")
    response.headers["Content-Language"] = arg
    return response
