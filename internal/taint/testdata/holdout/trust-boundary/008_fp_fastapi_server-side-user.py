# trust-boundary (CWE-501) FALSE-POSITIVE TRAP: the session stores the id of the server-side user record, never the client's text [fastapi].
import hmac

from fastapi import FastAPI, HTTPException, Request
from pydantic import BaseModel
from starlette.middleware.sessions import SessionMiddleware

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key="change-me")
USERS = {"ada": {"id": 1, "password": "pw-ada"}, "bob": {"id": 2, "password": "pw-bob"}}


class Login(BaseModel):
    username: str
    password: str


@app.post("/login")
async def login(request: Request, creds: Login):
    user = USERS.get(creds.username)
    if user is None or not hmac.compare_digest(user["password"], creds.password):
        raise HTTPException(401)
    request.session["user_id"] = user["id"]
    return {"ok": True}
