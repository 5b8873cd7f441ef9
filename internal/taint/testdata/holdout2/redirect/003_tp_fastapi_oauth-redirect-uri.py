# redirect (CWE-601) TRUE POSITIVE: an unregistered redirect_uri query parameter receives the authorization code in a RedirectResponse [fastapi].
import secrets

from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()
pending_codes: dict[str, str] = {}


@app.get("/oauth/authorize")
async def authorize(client_id: str, redirect_uri: str):
    code = secrets.token_urlsafe(24)
    pending_codes[code] = client_id
    location = f"{redirect_uri}?code={code}"
    return RedirectResponse(location, status_code=302)  # want "CWE-601"
