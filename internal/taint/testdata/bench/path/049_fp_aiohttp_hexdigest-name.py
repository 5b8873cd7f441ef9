# path (CWE-22) FALSE POSITIVE look-alike: the file is named by the hex SHA-256 of the upload, which is only hex digits [aiohttp].
import hashlib
from aiohttp import web


async def upload(request):
    data = await request.read()
    name = hashlib.sha256(data).hexdigest()
    with open("/srv/blobs/" + name, "wb") as out:
        out.write(data)
    return web.json_response({"id": name})


app = web.Application()
app.router.add_post("/blobs", upload)
