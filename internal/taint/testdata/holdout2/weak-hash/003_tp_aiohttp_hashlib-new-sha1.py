# weak-hash (CWE-328) TRUE POSITIVE: a password-change handler hashes the new password with hashlib.new("sha1") in a helper [aiohttp].
import hashlib
import os

from aiohttp import web


def hash_password(password: str) -> str:
    salt = os.urandom(8).hex()
    digest = hashlib.new("sha1", (salt + password).encode()).hexdigest()  # want "CWE-328"
    return f"{salt}${digest}"


async def change_password(request: web.Request) -> web.Response:
    data = await request.post()
    new_hash = hash_password(str(data["new_password"]))
    await request.app["db"].execute("UPDATE users SET pw = $1 WHERE id = $2", new_hash, request["user_id"])
    return web.json_response({"ok": True})


app = web.Application()
app.router.add_post("/account/password", change_password)
