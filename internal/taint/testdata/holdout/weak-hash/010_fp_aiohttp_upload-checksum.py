# weak-hash (CWE-328) FALSE-POSITIVE TRAP: SHA-1 of an uploaded file is a dedup checksum, not protection of a secret [aiohttp].
import hashlib
from aiohttp import web


async def upload(request):
    data = await request.read()
    checksum = hashlib.sha1(data, usedforsecurity=False).hexdigest()
    with open("/srv/blobs/" + checksum, "wb") as out:
        out.write(data)
    return web.json_response({"id": checksum})


app = web.Application()
app.router.add_post("/blobs", upload)
