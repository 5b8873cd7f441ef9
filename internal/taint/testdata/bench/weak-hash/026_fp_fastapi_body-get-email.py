# weak-hash (CWE-328) FALSE POSITIVE look-alike: an MD5 of the e-mail address from the body names an avatar, it protects nothing [fastapi].
import hashlib

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/avatar")
async def avatar(request: Request):
    body = await request.json()
    digest = hashlib.md5(body.get("email", "").strip().lower().encode()).hexdigest()
    return {"url": "https://avatars.example/" + digest}
