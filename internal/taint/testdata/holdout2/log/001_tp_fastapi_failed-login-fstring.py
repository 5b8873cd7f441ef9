# log (CWE-117) TRUE POSITIVE: a failed-login username from the form is written to the security log with an f-string [fastapi].
import logging

from fastapi import FastAPI, Form, HTTPException

from accounts.auth import verify_credentials

app = FastAPI()
security_log = logging.getLogger("security")


@app.post("/login")
def login(username: str = Form(...), password: str = Form(...)):
    if not verify_credentials(username, password):
        security_log.warning(f"failed login for user={username}")  # want "CWE-117"
        raise HTTPException(status_code=401, detail="invalid credentials")
    return {"ok": True}
