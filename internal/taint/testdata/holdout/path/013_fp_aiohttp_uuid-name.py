# path (CWE-22) FALSE-POSITIVE TRAP: the blob id is parsed as a UUID, so the file name is hex and dashes only [aiohttp].
import uuid
from pathlib import Path
from aiohttp import web

BLOBS = Path("/var/lib/blobs")


async def get_blob(request):
    try:
        blob_id = uuid.UUID(request.match_info["blob_id"])
    except ValueError:
        raise web.HTTPBadRequest()
    data = (BLOBS / f"{blob_id}.bin").read_bytes()
    return web.Response(body=data, content_type="application/octet-stream")


app = web.Application()
app.router.add_get("/blobs/{blob_id}", get_blob)
