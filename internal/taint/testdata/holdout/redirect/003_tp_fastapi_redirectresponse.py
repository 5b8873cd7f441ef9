# redirect (CWE-601) TRUE POSITIVE: an OAuth-style callback redirects to the state parameter [fastapi].
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/oauth/callback")
def oauth_callback(code: str, state: str = "/"):
    target = state
    response = RedirectResponse(url=target, status_code=302)  # want "CWE-601"
    response.set_cookie("oauth_code", code, httponly=True, secure=True)
    return response
