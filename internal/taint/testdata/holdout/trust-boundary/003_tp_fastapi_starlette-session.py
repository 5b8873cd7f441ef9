# trust-boundary (CWE-501) TRUE POSITIVE: a JSON flag from the client is stored in the Starlette session as an admin marker [fastapi].
from fastapi import FastAPI, Request
from starlette.middleware.sessions import SessionMiddleware

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key="change-me")


@app.post("/prefs")
async def save_prefs(request: Request):
    payload = await request.json()
    request.session["is_admin"] = payload.get("admin", False)  # want "CWE-501"
    return {"saved": True}
